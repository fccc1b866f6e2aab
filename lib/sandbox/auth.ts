import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { getOrCreateSetting } from '@/lib/server/settings';
import { incorrectApiKey, missingApiKey } from './errors';
import { randomChars } from './random';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const SANDBOX_ADMIN_KEY_SETTING = 'sandbox_admin_key';

const keys = new WeakMap<Db, Promise<string>>();

/** The key the sandbox accepts: SANDBOX_ADMIN_KEY, else one generated once and kept in the database. */
export function getSandboxAdminKey(db: Db): Promise<string> {
  const configured = getConfig().sandboxAdminKey;
  if (configured) return Promise.resolve(configured);
  let key = keys.get(db);
  if (!key) {
    key = getOrCreateSetting(
      db,
      SANDBOX_ADMIN_KEY_SETTING,
      () => `sk-admin-${randomChars(48, URL_SAFE)}`,
    );
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

/** Checks `Authorization: Bearer <key>`; throws the API's 401 when it is missing or wrong. */
export async function authenticate(db: Db, authorization: string | null): Promise<void> {
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  const given = match?.[1]?.trim();
  if (!given) throw missingApiKey();
  if (!sameKey(given, await getSandboxAdminKey(db))) throw incorrectApiKey(given);
}
