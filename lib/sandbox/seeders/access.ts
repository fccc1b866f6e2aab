import 'server-only';
import { seedDefaultAccess } from '../handlers/access/seed-build';
import { seedLargeAccess } from '../handlers/access/seed-large';
import { SEED_GROUPS } from '../handlers/access/seed-plan';
import { SEED_PROJECT_ROLES } from '../handlers/access/seed-plan-projects';
import { AccessSeedSink, type SeedWorld } from '../handlers/access/seed-sink';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from '../model';
import { seedProjectId } from '../seed-ids';
import { listObjects } from '../store';
import { insertMany } from '../store-writes';
import type { Seeder } from './types';

/** Reads a whole seeded collection (at most the large preset's 10,000 users). */
async function all<T>(ctx: Parameters<Seeder['run']>[0], kind: string, scope = ''): Promise<T[]> {
  const rows = await listObjects<T>(ctx.db, { kind, scope, direction: 'asc', limit: 50_000 });
  return rows.map((row) => row.data);
}

/**
 * Groups (two synced from Okta over SCIM) with members from the seeded users, custom organization
 * and project roles, their assignments to groups and people, and groups' access to projects.
 * With the large preset, about 200 groups over the 10,000 users.
 */
export const accessSeeder: Seeder = {
  name: 'access',
  run: async (ctx) => {
    const membersOf = new Map<string, ProjectUserObject[]>();
    for (const name of Object.keys(SEED_PROJECT_ROLES)) {
      const id = seedProjectId(name);
      membersOf.set(id, await all<ProjectUserObject>(ctx, KIND.projectUser, id));
    }
    const world: SeedWorld = {
      base: ctx.base,
      random: ctx.random,
      users: await all<UserObject>(ctx, KIND.user),
      projects: await all<ProjectObject>(ctx, KIND.project),
      membersOf,
    };
    const sink = new AccessSeedSink();
    const organizationRoles = seedDefaultAccess(world, sink);
    if (ctx.preset === 'large') seedLargeAccess(world, sink, organizationRoles, SEED_GROUPS.length);
    await insertMany(ctx.db, sink.rows);
  },
};
