import 'server-only';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from './model';
import { createPrng, randomIntBetween, type RandomSource } from './random';
import {
  SEED_ORGANIZATION,
  SEED_OWNER_COUNT,
  SEED_PROJECTS,
  SEED_USERS,
  DEFAULT_PROJECT_NAME,
  seedEmail,
} from './seed-data';
import { SANDBOX_DEFAULT_PROJECT_ID, seedProjectId, seedUserId } from './seed-ids';
import type { StoredObject } from './store';

const DAY = 86_400;
// Any constant: the same one always gives the same organization.
const SEED = 0x5eed_2024;

export type Row = StoredObject<object>;

/** Seed rows for projects (and the default project) with the time each was created. */
function projectRows(base: number, random: RandomSource): ProjectObject[] {
  const jitter = () => randomIntBetween(random, 0, DAY - 1);
  const defaultProject: ProjectObject = {
    id: SANDBOX_DEFAULT_PROJECT_ID,
    object: 'organization.project',
    name: DEFAULT_PROJECT_NAME,
    created_at: base - SEED_ORGANIZATION.ageDays * DAY + 3600,
    archived_at: null,
    status: 'active',
    external_key_id: null,
  };
  const others = SEED_PROJECTS.map((p): ProjectObject => {
    const archived =
      p.archivedAgeDays === undefined ? null : base - p.archivedAgeDays * DAY + jitter();
    return {
      id: seedProjectId(p.name),
      object: 'organization.project',
      name: p.name,
      created_at: base - p.ageDays * DAY + jitter(),
      archived_at: archived,
      status: archived === null ? 'active' : 'archived',
      external_key_id: null,
    };
  });
  return [defaultProject, ...others].sort((a, b) => a.created_at - b.created_at);
}

function userRows(base: number, random: RandomSource): UserObject[] {
  const orgStart = base - SEED_ORGANIZATION.ageDays * DAY;
  return SEED_USERS.map((name, i): UserObject => ({
    object: 'organization.user',
    id: seedUserId(name),
    name,
    email: seedEmail(name),
    role: i < SEED_OWNER_COUNT ? 'owner' : 'reader',
    // Owners founded the organization; everyone else joined over the two years since.
    added_at:
      i < SEED_OWNER_COUNT
        ? orgStart + 600 * (i + 1)
        : orgStart + randomIntBetween(random, 2 * DAY, (SEED_ORGANIZATION.ageDays - 2) * DAY),
  })).sort((a, b) => a.added_at - b.added_at);
}

function membershipRows(
  projects: ProjectObject[],
  users: UserObject[],
  base: number,
  random: RandomSource,
): Row[] {
  const rows: Row[] = [];
  for (const project of projects) {
    const end = (project.archived_at ?? base) - 60;
    let members: { user: UserObject; role: ProjectUserObject['role'] }[];
    if (project.id === SANDBOX_DEFAULT_PROJECT_ID) {
      // Everyone joins the default project when they join the organization.
      members = users.map((user) => ({ user, role: user.role === 'owner' ? 'owner' : 'member' }));
    } else {
      // Only people who were there before the project was archived.
      const pool = users.filter((user) => user.added_at < end - DAY);
      const size = randomIntBetween(random, 3, 8);
      members = [];
      while (members.length < size && pool.length > 0) {
        const [user] = pool.splice(Math.floor(random() * pool.length), 1);
        if (user)
          members.push({
            user,
            role: members.length === 0 || random() < 0.15 ? 'owner' : 'member',
          });
      }
    }
    const objects = members.map(({ user, role }): ProjectUserObject => {
      const start = Math.max(project.created_at, user.added_at);
      const added_at =
        project.id === SANDBOX_DEFAULT_PROJECT_ID
          ? start
          : Math.min(end, start + randomIntBetween(random, 60, 30 * DAY));
      return {
        object: 'organization.project.user',
        id: user.id,
        name: user.name,
        email: user.email,
        role,
        added_at,
      };
    });
    objects.sort((a, b) => a.added_at - b.added_at);
    objects.forEach((data, i) =>
      rows.push({ kind: KIND.projectUser, scope: project.id, id: data.id, seq: i + 1, data }),
    );
  }
  return rows;
}

/** Rows for one list, in the given order (seq 1, 2, ...). */
export function listRows<T extends { id: string }>(kind: string, objects: T[], scope = ''): Row[] {
  return objects.map((data, i) => ({ kind, scope, id: data.id, seq: i + 1, data }));
}

/** The default seed's objects: projects and users in list order, and membership rows. */
export function seedParts(base: number): {
  projects: ProjectObject[];
  users: UserObject[];
  memberships: Row[];
} {
  const random = createPrng(SEED);
  const projects = projectRows(base, random);
  const users = userRows(base, random);
  return { projects, users, memberships: membershipRows(projects, users, base, random) };
}

/**
 * Every seed object, as rows for sandbox_object. Deterministic: the same `base` (start of the
 * seeding day, Unix seconds) always gives the same rows, and only the timestamps depend on it.
 */
export function seedRows(base: number): Row[] {
  const { projects, users, memberships } = seedParts(base);
  return [...listRows(KIND.project, projects), ...listRows(KIND.user, users), ...memberships];
}
