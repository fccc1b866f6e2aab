import 'server-only';
import type { ProjectObject, ProjectUserObject, UserObject } from '../../model';
import { randomIntBetween, stableObjectId, type RandomSource } from '../../random';
import type { Row } from '../../seed-rows';
import {
  ACCESS_KIND,
  assignmentScope,
  GROUP_ID_PREFIX,
  ROLE_ID_PREFIX,
  type GroupObject,
  type ProjectGroupObject,
  type RoleRecord,
} from './kinds';
import { assignedRole } from './role-lookup';

export const DAY = 86_400;

// Seed ids derive from names, so they are the same on every install.
export const seedGroupId = (name: string) => stableObjectId(GROUP_ID_PREFIX, `group:${name}`);
export const seedOrganizationRoleId = (name: string) =>
  stableObjectId(ROLE_ID_PREFIX, `role:organization:${name}`);
export const seedProjectRoleId = (projectId: string, name: string) =>
  stableObjectId(ROLE_ID_PREFIX, `role:${projectId}:${name}`);

/** What the access seed reads from the core seed. */
export interface SeedWorld {
  base: number;
  random: RandomSource;
  users: UserObject[];
  projects: ProjectObject[];
  /** Members of the projects that get custom roles. */
  membersOf: Map<string, ProjectUserObject[]>;
}

/**
 * Collects seed rows, numbering each list (kind + scope) in the order objects are added, and
 * knows how to add the access objects consistently (a group link always comes with its role).
 */
export class AccessSeedSink {
  readonly rows: Row[] = [];
  private readonly seqs = new Map<string, number>();
  private readonly taken = new Set<string>();

  add(kind: string, scope: string, id: string, data: object): boolean {
    const key = `${kind}\u0000${scope}`;
    if (this.taken.has(`${key}\u0000${id}`)) return false;
    this.taken.add(`${key}\u0000${id}`);
    const seq = (this.seqs.get(key) ?? 0) + 1;
    this.seqs.set(key, seq);
    this.rows.push({ kind, scope, id, seq, data });
    return true;
  }

  group(group: GroupObject, members: UserObject[]): void {
    this.add(ACCESS_KIND.group, '', group.id, group);
    for (const user of members) {
      const member = { id: user.id, name: user.name, email: user.email };
      this.add(ACCESS_KIND.groupUser, group.id, user.id, member);
    }
  }

  groupRole(groupId: string, role: RoleRecord): void {
    this.add(ACCESS_KIND.groupRole, groupId, role.id, assignedRole(role));
  }

  userRole(userId: string, role: RoleRecord): void {
    this.add(ACCESS_KIND.userRole, userId, role.id, assignedRole(role));
  }

  projectUserRole(projectId: string, userId: string, role: RoleRecord): void {
    this.add(
      ACCESS_KIND.projectUserRole,
      assignmentScope(projectId, userId),
      role.id,
      assignedRole(role),
    );
  }

  projectGroup(
    project: ProjectObject,
    group: GroupObject,
    role: RoleRecord,
    created_at: number,
  ): void {
    const link: ProjectGroupObject = {
      object: 'project.group',
      project_id: project.id,
      group_id: group.id,
      group_name: group.name,
      group_type: group.group_type,
      created_at,
    };
    if (!this.add(ACCESS_KIND.projectGroup, project.id, group.id, link)) return;
    const scope = assignmentScope(project.id, group.id);
    this.add(ACCESS_KIND.projectGroupRole, scope, role.id, assignedRole(role));
  }
}

/** `count` distinct items picked at random. */
export function pick<T>(items: readonly T[], count: number, random: RandomSource): T[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, items.length);
  while (chosen.size < wanted) chosen.add(Math.floor(random() * items.length));
  return [...chosen].map((i) => items[i] as T);
}

/** A time between `from` and an hour before the seeding day starts. */
export function timeAfter(world: SeedWorld, from: number, maxDays: number): number {
  const latest = world.base - 3600;
  const at = from + randomIntBetween(world.random, 3600, maxDays * DAY);
  return Math.min(at, latest);
}
