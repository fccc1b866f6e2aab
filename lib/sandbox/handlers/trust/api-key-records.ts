import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import type { ProjectUserObject, UserObject } from '../../model';
import { randomChars, type RandomSource } from '../../random';
import { sandboxObject } from '../../schema';
import { insertObject, updateObject } from '../../store-writes';
import {
  TRUST_KIND,
  type ApiKeySecretRecord,
  type ProjectApiKeyObject,
  type ServiceAccountObject,
} from './kinds';

/** Project API keys: their secrets (shown once, never stored), redaction, owners and removal. */

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const KEY_PREFIX = { user: 'sk-proj-', serviceAccount: 'sk-svcacct-' } as const;

/** A new secret key value; from `random` for seed keys (whose value is then thrown away). */
export function newSecretKey(prefix: string, random?: RandomSource): string {
  return prefix + randomChars(64, SECRET_ALPHABET, random);
}

/** `sk-svcacct-Ab3...x9Qz`: the prefix, three characters, and the last four. */
export function redactKey(value: string, prefix: string): string {
  return `${value.slice(0, prefix.length + 3)}...${value.slice(-4)}`;
}

export const secretHash = (value: string): ApiKeySecretRecord => ({
  sha256: createHash('sha256').update(value).digest('hex'),
});

export function serviceAccountOwner(account: ServiceAccountObject): ProjectApiKeyObject['owner'] {
  const { id, name, created_at, role } = account;
  return { type: 'service_account', service_account: { id, name, created_at, role } };
}

export function userOwner(
  user: UserObject,
  member: ProjectUserObject,
): ProjectApiKeyObject['owner'] {
  const { id, name, email, added_at } = user;
  return { type: 'user', user: { id, name, email, created_at: added_at, role: member.role } };
}

/** Whether the owner can use the project: a service account made with role `none` cannot. */
export const ownerAccess = (account: ServiceAccountObject) =>
  account.role === 'none' ? ('inactive' as const) : ('active' as const);

/** Stores a key made through the API: its object, and only a hash of its secret. */
export async function storeNewKey(
  db: Db,
  projectId: string,
  key: ProjectApiKeyObject,
  secret: string,
): Promise<void> {
  await insertObject(db, {
    kind: TRUST_KIND.projectApiKey,
    scope: projectId,
    id: key.id,
    data: key,
  });
  await insertObject(db, {
    kind: TRUST_KIND.projectApiKeySecret,
    scope: projectId,
    id: key.id,
    data: secretHash(secret),
  });
}

const t = sandboxObject;
const ownerId = (type: 'user' | 'service_account') =>
  sql<string>`(${t.data} -> 'owner' -> ${sql.raw(`'${type}'`)} ->> 'id')`;

/** Keys owned by this user or service account (as a condition on project_api_key rows). */
export const ownedBy = (type: 'user' | 'service_account', id: string): SQL => eq(ownerId(type), id);

/** Deletes the keys matching `where` (in one project, or every one), with their stored hashes. */
export async function deleteKeys(db: Db, where: SQL, projectId?: string): Promise<string[]> {
  const scope = projectId === undefined ? undefined : eq(t.scope, projectId);
  const deleted = await db
    .delete(t)
    .where(and(eq(t.kind, TRUST_KIND.projectApiKey), scope, where))
    .returning({ id: t.id });
  const ids = deleted.map((row) => row.id);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db
      .delete(t)
      .where(and(eq(t.kind, TRUST_KIND.projectApiKeySecret), scope, inArray(t.id, chunk)));
  }
  return ids;
}

/** Rewrites a service account's keys so they name their owner as it is now (and gain access once it has a role). */
export async function refreshKeysOf(db: Db, projectId: string, account: ServiceAccountObject) {
  const keys = await db
    .select({ id: t.id, data: t.data })
    .from(t)
    .where(
      and(
        eq(t.kind, TRUST_KIND.projectApiKey),
        eq(t.scope, projectId),
        ownedBy('service_account', account.id),
      ),
    );
  for (const key of keys) {
    const data = {
      ...(key.data as unknown as ProjectApiKeyObject),
      owner: serviceAccountOwner(account),
      owner_project_access: ownerAccess(account),
    };
    await updateObject(db, TRUST_KIND.projectApiKey, projectId, key.id, data);
  }
}
