import 'server-only';
import type { ProjectObject } from '../../model';
import { randomChars, randomIntBetween, stableObjectId, type RandomSource } from '../../random';
import type { StoredObject } from '../../store';
import type { SeedContext } from '../../seeders/types';
import { insertMany } from '../../store-writes';
import { KEY_PREFIX, serviceAccountOwner, userOwner } from './api-key-records';
import { TRUST_ID_PREFIX, TRUST_KIND, type ProjectApiKeyObject } from './kinds';
import type { SeedRoster } from './seed-roster';
import type { SeededServiceAccounts } from './seed-service-accounts';

const DAY = 86_400;
const LARGE_KEY_COUNT = 50_000;

const USER_KEY_NAMES = [
  'laptop',
  'local dev',
  'notebook experiments',
  'prototype',
  'eval scripts',
  'demo',
];
const SA_KEY_NAMES = ['Secret Key', 'deploy key', 'rotation 2', 'fallback'];

/** Who may own a key in a project, and since when. */
interface Owner {
  owner: ProjectApiKeyObject['owner'];
  since: number;
  keyNames: string[];
}

function ownersOf(
  project: ProjectObject,
  roster: SeedRoster,
  accounts: SeededServiceAccounts,
): Owner[] {
  const owners: Owner[] = [];
  for (const account of accounts.get(project.id) ?? [])
    owners.push({
      owner: serviceAccountOwner(account),
      since: account.created_at,
      keyNames: SA_KEY_NAMES,
    });
  for (const member of roster.members.get(project.id) ?? []) {
    const user = roster.users.get(member.id);
    if (user)
      owners.push({
        owner: userOwner(user, member),
        since: member.added_at,
        keyNames: USER_KEY_NAMES,
      });
  }
  return owners;
}

/** Last use: most within days, some never (null), some stale (90+ days ago). */
function lastUsed(random: RandomSource, created: number, base: number): number | null {
  const roll = random();
  if (roll < 0.15) return null;
  if (roll < 0.3 && created < base - 100 * DAY)
    return randomIntBetween(random, created + DAY, base - 90 * DAY);
  return randomIntBetween(random, Math.max(created, base - 7 * DAY), base - 60);
}

function makeKey(
  ctx: SeedContext,
  project: ProjectObject,
  owner: Owner,
  n: number,
): ProjectApiKeyObject {
  const { base, random } = ctx;
  const created_at = randomIntBetween(
    random,
    Math.min(owner.since + 600, base - 3_600),
    base - 3_600,
  );
  const prefix = owner.owner.type === 'user' ? KEY_PREFIX.user : KEY_PREFIX.serviceAccount;
  const name = owner.keyNames[Math.floor(random() * owner.keyNames.length)] ?? 'Secret Key';
  return {
    object: 'organization.project.api_key',
    id: stableObjectId(TRUST_ID_PREFIX.apiKey, `api-key:${project.id}:${n}`),
    name: owner.owner.user ? `${owner.owner.user.name.split(' ')[0] ?? ''}'s ${name}` : name,
    // Seed keys never had a value to show: only the redacted form exists.
    redacted_value: `${prefix}${randomChars(3, undefined, random)}...${randomChars(4, undefined, random)}`,
    created_at,
    last_used_at: lastUsed(random, created_at, base),
    owner: owner.owner,
    owner_project_access: 'active',
  };
}

/**
 * Keys nobody has used for 90+ days, in one project the key-hygiene pages and their tests may
 * revoke (`Internal Knowledge Search`): [days since creation, days since last use or null].
 * Fixed rather than drawn from `random`, so every other seeded object stays as it was.
 */
const STALE_KEYS_PROJECT = 'Internal Knowledge Search';
const STALE_KEYS: [number, number | null][] = [
  [200, 94],
  [130, null],
  [240, 120],
  [300, 181],
];

function staleKeys(ctx: SeedContext, project: ProjectObject, owners: Owner[]): ProjectApiKeyObject[] {
  return STALE_KEYS.flatMap(([created, used], i): ProjectApiKeyObject[] => {
    // A member who had joined by then (a key is never older than its owner's membership).
    const people = owners.filter(
      (owner) => owner.owner.type === 'user' && owner.since + 600 <= ctx.base - created * DAY,
    );
    const owner = people[i % Math.max(people.length, 1)];
    if (!owner?.owner.user) return [];
    const id = stableObjectId(TRUST_ID_PREFIX.apiKey, `api-key:${project.id}:stale-${i}`);
    const first = owner.owner.user.name.split(' ')[0] ?? '';
    return [
      {
        object: 'organization.project.api_key',
        id,
        name: `${first}'s ${USER_KEY_NAMES[i % USER_KEY_NAMES.length] ?? 'key'} (old)`,
        redacted_value: `${KEY_PREFIX.user}${id.slice(-7, -4)}...${id.slice(-4)}`,
        created_at: ctx.base - created * DAY,
        last_used_at: used === null ? null : ctx.base - used * DAY,
        owner: owner.owner,
        owner_project_access: 'active',
      },
    ];
  });
}

/** 2–6 keys per active project (50,000 over all of them for the large preset), owned by members or service accounts. */
export async function seedApiKeys(
  ctx: SeedContext,
  roster: SeedRoster,
  accounts: SeededServiceAccounts,
) {
  const { random } = ctx;
  const eligible = roster.activeProjects
    .map((project) => ({ project, owners: ownersOf(project, roster, accounts) }))
    .filter((entry) => entry.owners.length > 0);
  const counts = eligible.map(() => (ctx.preset === 'large' ? 0 : randomIntBetween(random, 2, 6)));
  if (ctx.preset === 'large' && eligible.length > 0)
    for (let i = 0; i < LARGE_KEY_COUNT; i++) {
      const at = Math.floor(random() * eligible.length);
      counts[at] = (counts[at] ?? 0) + 1;
    }
  const rows: StoredObject<object>[] = [];
  eligible.forEach(({ project, owners }, p) => {
    const keys: ProjectApiKeyObject[] = [];
    for (let n = 0; n < (counts[p] ?? 0); n++) {
      // Every service account keeps the key it was created with; the rest go to anyone.
      const owner =
        n < owners.length && owners[n]?.owner.type === 'service_account'
          ? owners[n]
          : owners[Math.floor(random() * owners.length)];
      if (owner) keys.push(makeKey(ctx, project, owner, n));
    }
    if (ctx.preset !== 'large' && project.name === STALE_KEYS_PROJECT)
      keys.push(...staleKeys(ctx, project, owners).slice(0, Math.max(0, 6 - keys.length)));
    keys.sort((a, b) => a.created_at - b.created_at);
    keys.forEach((data, i) =>
      rows.push({
        kind: TRUST_KIND.projectApiKey,
        scope: project.id,
        id: data.id,
        seq: i + 1,
        data,
      }),
    );
  });
  await insertMany(ctx.db, rows);
}
