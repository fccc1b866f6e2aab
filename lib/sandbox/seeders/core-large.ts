import 'server-only';
import {
  ID_PREFIX,
  KIND,
  type ProjectObject,
  type ProjectUserObject,
  type UserObject,
} from '../model';
import { randomIntBetween, stableObjectId, type RandomSource } from '../random';
import {
  FIRST_NAMES,
  LARGE_PRESET,
  LAST_NAMES,
  PROJECT_AREAS,
  PROJECT_CAPABILITIES,
  SEED_ORGANIZATION,
  seedEmail,
} from '../seed-data';
import { SANDBOX_DEFAULT_PROJECT_ID } from '../seed-ids';
import { listRows, seedParts, type Row } from '../seed-rows';

// The large preset: the default organization (same ids and data) grown to 10,000 users and 1,000
// projects, with memberships. Generated ids are stable (`user:large:<n>`), like the seed's own.

const DAY = 86_400;

/** Fisher–Yates over 0..n-1: a random order without repeats. */
function shuffledIndexes(n: number, random: RandomSource): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/** `count` distinct "A B" names from two lists of parts, none of them in `taken`. */
function distinctNames(first: string[], second: string[], count: number, taken: Set<string>, random: RandomSource): string[] {
  const names: string[] = [];
  for (const index of shuffledIndexes(first.length * second.length, random)) {
    if (names.length === count) break;
    const name = `${first[index % first.length]} ${second[Math.floor(index / first.length)]}`;
    if (!taken.has(name)) names.push(name);
  }
  if (names.length < count) throw new Error('Not enough name parts for the large preset.');
  return names;
}

function extraUsers(existing: UserObject[], base: number, random: RandomSource): UserObject[] {
  const orgStart = base - SEED_ORGANIZATION.ageDays * DAY;
  const names = distinctNames(FIRST_NAMES, LAST_NAMES, LARGE_PRESET.users - existing.length, new Set(existing.map((u) => u.name)), random);
  return names.map((name, i) => ({
    object: 'organization.user',
    id: stableObjectId(ID_PREFIX.user, `user:large:${i}`),
    name,
    email: seedEmail(name),
    // About one in a thousand owns the organization, like the handful of founders.
    role: random() < 0.001 ? 'owner' : 'reader',
    added_at: orgStart + randomIntBetween(random, 2 * DAY, (SEED_ORGANIZATION.ageDays - 2) * DAY),
  }));
}

function extraProjects(existing: ProjectObject[], base: number, random: RandomSource): ProjectObject[] {
  const names = distinctNames(PROJECT_AREAS, PROJECT_CAPABILITIES, LARGE_PRESET.projects - existing.length, new Set(existing.map((p) => p.name)), random);
  return names.map((name, i) => {
    const created_at = base - randomIntBetween(random, DAY, (SEED_ORGANIZATION.ageDays - 7) * DAY);
    const archived = random() < LARGE_PRESET.archivedShare && base - created_at > 14 * DAY;
    const archived_at = archived ? created_at + randomIntBetween(random, 7 * DAY, base - created_at - DAY) : null;
    return {
      id: stableObjectId(ID_PREFIX.project, `project:large:${i}`),
      object: 'organization.project',
      name,
      created_at,
      archived_at,
      status: archived ? 'archived' : 'active',
      external_key_id: null,
    };
  });
}

const member = (user: UserObject, role: ProjectUserObject['role'], added_at: number): ProjectUserObject => ({
  object: 'organization.project.user',
  id: user.id,
  name: user.name,
  email: user.email,
  role,
  added_at,
});

/** 3 to 40 members (most projects small) among the people there a day before it was archived. */
function projectMembers(project: ProjectObject, users: UserObject[], base: number, random: RandomSource): ProjectUserObject[] {
  const end = (project.archived_at ?? base) - 60;
  let eligible = 0; // users are sorted by added_at: everyone before this index qualifies
  for (let lo = 0, hi = users.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if ((users[mid]?.added_at ?? Infinity) < end - DAY) lo = eligible = mid + 1;
    else hi = mid;
  }
  const size = Math.min(eligible, 3 + Math.floor(random() ** 2 * 38));
  const picked = new Set<number>();
  while (picked.size < size) picked.add(Math.floor(random() * eligible));
  return [...picked].map((index, n) => {
    const user = users[index] as UserObject;
    const start = Math.max(project.created_at, user.added_at);
    const role = n === 0 || random() < 0.15 ? 'owner' : 'member';
    return member(user, role, Math.min(end, start + randomIntBetween(random, 60, 30 * DAY)));
  });
}

/** Every row of the large preset. Deterministic for the same base and random source. */
export function largeSeedRows(base: number, random: RandomSource): Row[] {
  const seed = seedParts(base);
  const byTime = <T>(time: (o: T) => number) => (a: T, b: T) => time(a) - time(b);
  const added = (m: ProjectUserObject) => m.added_at;
  const created = extraProjects(seed.projects, base, random);
  const users = [...seed.users, ...extraUsers(seed.users, base, random)].sort(byTime((u) => u.added_at));
  const projects = [...seed.projects, ...created].sort(byTime((p) => p.created_at));
  const defaultProject = seed.projects.find((p) => p.id === SANDBOX_DEFAULT_PROJECT_ID);
  // Everyone is in the default project, from the day they joined (as in the default seed).
  const everyone = users.map((u) => member(u, u.role === 'owner' ? 'owner' : 'member', Math.max(defaultProject?.created_at ?? 0, u.added_at)));
  return [
    ...listRows(KIND.project, projects),
    ...listRows(KIND.user, users),
    ...seed.memberships.filter((row) => row.scope !== SANDBOX_DEFAULT_PROJECT_ID),
    ...listRows(KIND.projectUser, everyone.sort(byTime(added)), SANDBOX_DEFAULT_PROJECT_ID),
    ...created.flatMap((p) => listRows(KIND.projectUser, projectMembers(p, users, base, random).sort(byTime(added)), p.id)),
  ];
}
