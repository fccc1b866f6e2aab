import 'server-only';
import { randomIntBetween } from '../../random';
import { SEED_ORGANIZATION } from '../../seed-data';
import type { GroupObject } from './kinds';
import { PREDEFINED_ROLES } from './predefined';
import type { RoleBook } from './seed-build';
import { AccessSeedSink, DAY, pick, seedGroupId, timeAfter, type SeedWorld } from './seed-sink';

// The large preset: about 200 groups over the 10,000 users, some synced from Okta, many with
// access to a project and a few holding organization roles.

export const LARGE_GROUP_COUNT = 200;

const DEPARTMENTS = (
  'Platform|Data|Robotics|Firmware|Support|Sales|Marketing|Finance|Legal|People|Security|IT|' +
  'Research|Design|Operations|Manufacturing|Supply Chain|Quality|Field Service|Analytics'
).split('|');
const TEAMS = 'Team|Leads|Managers|On-call|EMEA|APAC|Americas|Contractors|Interns|Admins'.split(
  '|',
);

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Adds groups until there are LARGE_GROUP_COUNT, named `<department> <team>` (Okta: a slug). */
export function seedLargeAccess(
  world: SeedWorld,
  sink: AccessSeedSink,
  organizationRoles: RoleBook,
  existingGroups: number,
): void {
  const names = DEPARTMENTS.flatMap((d) => TEAMS.map((t) => `${d} ${t}`));
  const wanted = Math.max(LARGE_GROUP_COUNT - existingGroups, 0);
  const custom = [...organizationRoles.values()].filter((role) => !role.predefined_role);
  const activeProjects = world.projects.filter((p) => p.status === 'active');
  const member = PREDEFINED_ROLES.project.find((role) => role.name === 'Member');
  const oldest = world.base - (SEED_ORGANIZATION.ageDays - 30) * DAY;

  const groups: GroupObject[] = pick(names, wanted, world.random).map((name) => {
    const scim = world.random() < 0.3;
    const groupName = scim ? `okta-${slug(name)}` : name;
    return {
      id: seedGroupId(`large:${groupName}`),
      name: groupName,
      created_at: oldest + randomIntBetween(world.random, 0, world.base - DAY - oldest),
      is_scim_managed: scim,
      group_type: 'group',
    };
  });
  groups.sort((a, b) => a.created_at - b.created_at);

  for (const group of groups) {
    // Most groups are small; a few hold more than a hundred people.
    const size = 5 + Math.floor(world.random() ** 2 * 146);
    sink.group(group, pick(world.users, size, world.random));
    if (custom.length > 0 && world.random() < 0.1) {
      const role = custom[randomIntBetween(world.random, 0, custom.length - 1)];
      if (role) sink.groupRole(group.id, role);
    }
    if (member && activeProjects.length > 0 && world.random() < 0.4) {
      for (const project of pick(
        activeProjects,
        randomIntBetween(world.random, 1, 3),
        world.random,
      )) {
        const from = Math.max(group.created_at, project.created_at);
        sink.projectGroup(project, group, member, timeAfter(world, from, 30));
      }
    }
  }
}
