import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { getOrCreateSetting } from '@/lib/server/settings';
import { incorrectApiKey, missingApiKey } from './errors';
import type { AuditActor } from './audit';
import { findKeyBySecret, newAdminKeyValue, noteKeyUsed } from './handlers/keys-audit/key-secrets';
import { stableObjectId } from './random';
import { SEED_USERS, seedEmail } from './seed-data';
import { seedUserId } from './seed-ids';

export const SANDBOX_ADMIN_KEY_SETTING = 'sandbox_admin_key';

const keys = new WeakMap<Db, Promise<string>>();

/** The key the sandbox accepts: SANDBOX_ADMIN_KEY, else one generated once and kept in the database. */
export function getSandboxAdminKey(db: Db): Promise<string> {
  const configured = getConfig().sandboxAdminKey;
  if (configured) return Promise.resolve(configured);
  let key = keys.get(db);
  if (!key) {
    key = getOrCreateSetting(db, SANDBOX_ADMIN_KEY_SETTING, newAdminKeyValue);
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

/** Compares in constant time (hashing first so lengths never leak either). */
function sameKey(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The configured sandbox key's identity: an admin key owned by the organization's first owner. */
export const SANDBOX_KEY_ID = stableObjectId('key_', 'sandbox-admin-key');
const firstOwner = SEED_USERS[0] ?? 'Owner';
export const SANDBOX_KEY_ACTOR: AuditActor = {
  type: 'api_key',
  api_key: {
    id: SANDBOX_KEY_ID,
    type: 'user',
    user: { id: seedUserId(firstOwner), email: seedEmail(firstOwner) },
  },
};

/**
 * Checks `Authorization: Bearer <key>` and returns who made the request, as the audit log names
 * it; throws the API's 401 when the key is missing or wrong. Two kinds of key get in: the
 * configured sandbox key, and admin keys created through the sandbox (looked up by the SHA-256 of
 * the value; deleted or expired ones are refused at once). Either way the key's last_used_at moves.
 */
export async function authenticate(db: Db, authorization: string | null): Promise<AuditActor> {
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  const given = match?.[1]?.trim();
  if (!given) throw missingApiKey();
  const now = Math.floor(Date.now() / 1000);
  if (sameKey(given, await getSandboxAdminKey(db))) {
    await noteKeyUsed(db, SANDBOX_KEY_ID, now);
    return SANDBOX_KEY_ACTOR;
  }
  const stored = await findKeyBySecret(db, given);
  if (!stored || (stored.expires_at !== null && stored.expires_at <= now))
    throw incorrectApiKey(given);
  await noteKeyUsed(db, stored.key_id, now);
  return {
    type: 'api_key',
    api_key: {
      id: stored.key_id,
      type: 'user',
      user: { id: stored.owner.id, email: stored.owner.email },
    },
  };
}
