import 'server-only';
import type { ProjectObject, UserObject } from '../../model';
import { randomIntBetween } from '../../random';
import { seedProjectId } from '../../seed-ids';
import {
  ACCESS_KIND,
  RESOURCE_TYPE,
  type GroupObject,
  type RoleLevel,
  type RoleRecord,
} from './kinds';
import { PREDEFINED_ROLES } from './predefined';
import { SEED_GROUPS, SEED_ORGANIZATION_ROLES, SEED_USER_ROLES, type SeedRole } from './seed-plan';
import { SEED_PROJECT_ROLES } from './seed-plan-projects';
import {
  AccessSeedSink,
  DAY,
  pick,
  seedGroupId,
  seedOrganizationRoleId,
  seedProjectRoleId,
  timeAfter,
  type SeedWorld,
} from './seed-sink';

/** Roles by name: a level's predefined roles plus the custom ones seeded for it. */
export type RoleBook = Map<string, RoleRecord>;

function customRole(
  world: SeedWorld,
  level: RoleLevel,
  id: string,
  plan: SeedRole,
  notBefore: number,
): RoleRecord {
  const owners = world.users.filter((u) => u.role === 'owner');
  const creator = owners[randomIntBetween(world.random, 0, Math.max(owners.length - 1, 0))];
  const created_at = Math.max(notBefore + DAY, world.base - plan.ageDays * DAY) + 3600;
  return {
    object: 'role',
    id,
    name: plan.name,
    description: plan.description,
    permissions: plan.permissions,
    resource_type: RESOURCE_TYPE[level],
    predefined_role: false,
    created_at,
    updated_at: timeAfter(world, created_at, 60),
    created_by: creator?.id ?? null,
    created_by_user_obj: creator
      ? { id: creator.id, name: creator.name, email: creator.email }
      : null,
  };
}

function book(level: RoleLevel, custom: RoleRecord[]): RoleBook {
  return new Map([...PREDEFINED_ROLES[level], ...custom].map((role) => [role.name, role]));
}

/** The custom organization roles, oldest first; answers every organization role by name. */
export function seedOrganizationRoles(world: SeedWorld, sink: AccessSeedSink): RoleBook {
  const roles = SEED_ORGANIZATION_ROLES.map((plan) =>
    customRole(world, 'organization', seedOrganizationRoleId(plan.name), plan, 0),
  ).sort((a, b) => (a.created_at ?? 0) - (b.created_at ?? 0));
  for (const role of roles) sink.add(ACCESS_KIND.organizationRole, '', role.id, role);
  return book('organization', roles);
}

/** Custom project roles, each held by one or two of the project's members. */
function seedProjectRoles(
  world: SeedWorld,
  sink: AccessSeedSink,
  project: ProjectObject,
): RoleBook {
  const plans = SEED_PROJECT_ROLES[project.name] ?? [];
  const roles = plans
    .map((plan) =>
      customRole(
        world,
        'project',
        seedProjectRoleId(project.id, plan.name),
        plan,
        project.created_at,
      ),
    )
    .sort((a, b) => (a.created_at ?? 0) - (b.created_at ?? 0));
  const members = world.membersOf.get(project.id) ?? [];
  for (const role of roles) {
    sink.add(ACCESS_KIND.projectRole, project.id, role.id, role);
    for (const member of pick(members, randomIntBetween(world.random, 1, 2), world.random))
      sink.projectUserRole(project.id, member.id, role);
  }
  return book('project', roles);
}

/** The default company's groups, roles and assignments (see seed-plan.ts). */
export function seedDefaultAccess(world: SeedWorld, sink: AccessSeedSink): RoleBook {
  const organizationRoles = seedOrganizationRoles(world, sink);
  const byId = new Map(world.projects.map((p) => [p.id, p]));
  const projectRoles = new Map<string, RoleBook>();
  const projectBook = (project: ProjectObject) => {
    let roles = projectRoles.get(project.id);
    if (!roles) projectRoles.set(project.id, (roles = seedProjectRoles(world, sink, project)));
    return roles;
  };
  for (const name of Object.keys(SEED_PROJECT_ROLES)) {
    const project = byId.get(seedProjectId(name));
    if (project?.status === 'active') projectBook(project);
  }

  const groups = [...SEED_GROUPS].sort((a, b) => b.ageDays - a.ageDays);
  for (const plan of groups) {
    const group: GroupObject = {
      id: seedGroupId(plan.name),
      name: plan.name,
      created_at: world.base - plan.ageDays * DAY + randomIntBetween(world.random, 0, DAY - 1),
      is_scim_managed: plan.scim === true,
      group_type: 'group',
    };
    const size = randomIntBetween(world.random, ...plan.members);
    sink.group(group, pick(world.users, size, world.random));
    for (const name of plan.roles ?? []) {
      const role = organizationRoles.get(name);
      if (role) sink.groupRole(group.id, role);
    }
    for (const access of plan.projects ?? []) {
      const project = byId.get(seedProjectId(access.project));
      const role = project && projectBook(project).get(access.role);
      if (!project || project.status !== 'active' || !role) continue;
      const from = Math.max(group.created_at, project.created_at);
      sink.projectGroup(project, group, role, timeAfter(world, from, 20));
    }
  }

  const people: UserObject[] = world.users.filter((u) => u.role !== 'owner');
  for (const { user, role } of SEED_USER_ROLES) {
    const person = people[user];
    const granted = organizationRoles.get(role);
    if (person && granted) sink.userRole(person.id, granted);
  }
  return organizationRoles;
}
