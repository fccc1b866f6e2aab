import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { randomChars } from '../../random';
import { sandboxObject } from '../../schema';
import { getObject } from '../../store';
import { KEYS_AUDIT_KIND, type AdminKeySecretRecord } from './kinds';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** last_used_at is written at most this often per key, so authenticating stays a read. */
export const LAST_USED_RESOLUTION_SECONDS = 60;

/** A fresh admin key secret, shaped like the API's. */
export function newAdminKeyValue(): string {
  return `sk-admin-${randomChars(48, URL_SAFE)}`;
}

/** The only thing kept of a secret: its SHA-256, as hex (the secret kind's id). */
export function hashKeyValue(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** `sk-admin-…xyz` → `sk-admin...xyz`, as the API shows a key it will not reveal again. */
export function redactKeyValue(value: string): string {
  return `${value.slice(0, 8)}...${value.slice(-3)}`;
}

/** The stored key a secret belongs to, or null when no live key has it. */
export async function findKeyBySecret(db: Db, value: string): Promise<AdminKeySecretRecord | null> {
  const found = await getObject<AdminKeySecretRecord>(
    db,
    KEYS_AUDIT_KIND.adminApiKeySecret,
    '',
    hashKeyValue(value),
  );
  return found?.data ?? null;
}

const lastWrites = new WeakMap<Db, Map<string, number>>();

/**
 * Moves a key's last_used_at to `now`, writing at most once a minute per key: a memory note skips
 * the write in between, and the SQL condition keeps several instances from rewriting it either.
 */
export async function noteKeyUsed(db: Db, keyId: string, now: number): Promise<void> {
  let writes = lastWrites.get(db);
  if (!writes) {
    writes = new Map();
    lastWrites.set(db, writes);
  }
  const last = writes.get(keyId);
  if (last !== undefined && now - last < LAST_USED_RESOLUTION_SECONDS) return;
  writes.set(keyId, now);
  const t = sandboxObject;
  await db
    .update(t)
    .set({ data: sql`jsonb_set(${t.data}, '{last_used_at}', to_jsonb(${now}::bigint))` })
    .where(
      and(
        eq(t.kind, KEYS_AUDIT_KIND.adminApiKey),
        eq(t.scope, ''),
        eq(t.id, keyId),
        sql`coalesce((${t.data} ->> 'last_used_at')::bigint, 0) <= ${now - LAST_USED_RESOLUTION_SECONDS}`,
      ),
    );
}

/** Removes the secret of a key (by key id), so its value stops authenticating at once. */
export async function deleteKeySecrets(db: Db, keyId: string): Promise<void> {
  const t = sandboxObject;
  await db
    .delete(t)
    .where(
      and(eq(t.kind, KEYS_AUDIT_KIND.adminApiKeySecret), sql`${t.data} ->> 'key_id' = ${keyId}`),
    );
}
