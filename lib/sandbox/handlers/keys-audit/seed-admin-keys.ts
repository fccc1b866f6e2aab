import 'server-only';
import { SANDBOX_KEY_ID } from '../../auth';
import type { UserObject } from '../../model';
import { randomChars, randomIntBetween, stableObjectId, type RandomSource } from '../../random';
import type { StoredObject } from '../../store';
import {
  ADMIN_KEY_ID_PREFIX,
  ADMIN_KEY_SCOPES,
  KEYS_AUDIT_KIND,
  type AdminAPIKeyObject,
} from './kinds';
import { redactKeyValue } from './key-secrets';
import { adminKeyOwner } from './owners';
import { adminKeyActor, sessionActor } from './seed-cast';
import type { SeedEvent } from './seed-events';

const DAY = 86_400;
const HOUR = 3_600;

/** The organization's admin keys besides the console's own. Owners index the founders. */
const SEED_ADMIN_KEYS = [
  { name: 'Okta provisioning (retired)', owner: 0, ageDays: 520, idleSeconds: 97 * DAY },
  { name: 'Terraform automation', owner: 1, ageDays: 300, idleSeconds: 2 * HOUR },
  { name: 'Finance cost export', owner: 2, ageDays: 150, idleSeconds: 26 * HOUR },
] as const;

export type SeededKeyName = (typeof SEED_ADMIN_KEYS)[number]['name'];

/** A seeded key as the story uses it: who acted through it, and when it could. */
export interface SeededKey {
  key: AdminAPIKeyObject;
  owner: UserObject;
  /** The key acting for its owner, for events it caused. */
  actor: SeedEvent['actor'];
  /** Whether the key existed and was still in use at `at`. */
  activeAt(at: number): boolean;
}

export interface SeededKeys {
  byName: Map<SeededKeyName, SeededKey>;
  rows: StoredObject<object>[];
  events: SeedEvent[];
}

/**
 * The seeded admin keys (oldest first, then the console's configured key, created the day the
 * sandbox was set up) and their api_key.created events. Seeded keys have no stored secret: their
 * values were shown once to someone else, so they never authenticate here.
 */
export function seedAdminKeys(
  founders: UserObject[],
  base: number,
  consoleKeyValue: string,
  random: RandomSource,
): SeededKeys {
  const byName = new Map<SeededKeyName, SeededKey>();
  const keys: { key: AdminAPIKeyObject; owner: UserObject }[] = [];
  for (const plan of SEED_ADMIN_KEYS) {
    const owner = founders[plan.owner % founders.length] as UserObject;
    const createdAt = base - plan.ageDays * DAY + randomIntBetween(random, 9 * HOUR, 17 * HOUR);
    const lastUsed = base - plan.idleSeconds + randomIntBetween(random, -1800, 0);
    const value = `sk-admin-${randomChars(48, undefined, random)}`;
    const key: AdminAPIKeyObject = {
      object: 'organization.admin_api_key',
      id: stableObjectId(ADMIN_KEY_ID_PREFIX, `admin-key:${plan.name}`),
      name: plan.name,
      redacted_value: redactKeyValue(value),
      created_at: createdAt,
      expires_at: null,
      last_used_at: lastUsed,
      owner: adminKeyOwner(owner),
    };
    keys.push({ key, owner });
    byName.set(plan.name, {
      key,
      owner,
      actor: adminKeyActor(key.id, owner),
      activeAt: (at) => at >= createdAt && at <= lastUsed,
    });
  }
  const consoleOwner = founders[0] as UserObject;
  keys.push({
    owner: consoleOwner,
    key: {
      object: 'organization.admin_api_key',
      id: SANDBOX_KEY_ID,
      name: 'Sandbox console key',
      redacted_value: redactKeyValue(consoleKeyValue),
      created_at: base,
      expires_at: null,
      last_used_at: null,
      owner: adminKeyOwner(consoleOwner),
    },
  });
  const rows = keys.map(({ key }, i) => ({
    kind: KEYS_AUDIT_KIND.adminApiKey,
    scope: '',
    id: key.id,
    seq: i + 1,
    data: key,
  }));
  const events = keys.map(({ key, owner }): SeedEvent => ({
    type: 'api_key.created',
    at: key.created_at,
    actor: sessionActor(owner),
    details: { id: key.id, data: { scopes: ADMIN_KEY_SCOPES } },
  }));
  return { byName, rows, events };
}
