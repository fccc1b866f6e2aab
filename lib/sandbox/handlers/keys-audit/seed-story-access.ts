import 'server-only';
import {
  ACCESS_KIND,
  RESOURCE_TYPE,
  type GroupObject,
  type ProjectGroupObject,
  type RoleRecord,
} from '../access/kinds';
import { readKind, timeBetween, type SeedEvent } from './seed-events';
import { ownerSession, projectEnd, projectRef, type Chapter, type Story } from './seed-story';
import { sessionActor } from './seed-cast';

// The access family's objects (see handlers/access/kinds.ts): groups and their members, custom
// roles, and role assignments, logged as its handlers log them.

const DAY = 86_400;

interface Starts {
  groups: Map<string, number>;
  roles: Map<string, number>;
  projectGroups: Map<string, number>;
}

async function groupEvents(story: Story, starts: Starts): Promise<SeedEvent[]> {
  const events: SeedEvent[] = [];
  for (const { data: group } of await readKind<GroupObject>(story.db, ACCESS_KIND.group)) {
    starts.groups.set(group.id, group.created_at);
    const at = group.created_at;
    const details = { id: group.id, data: { group_name: group.name } };
    events.push({ type: 'group.created', at, actor: ownerSession(story, at), details });
  }
  for (const { scope: groupId, id: userId } of await readKind(story.db, ACCESS_KIND.groupUser)) {
    const from = Math.max(starts.groups.get(groupId) ?? 0, story.users.get(userId)?.added_at ?? 0);
    if (from === 0) continue;
    const at = timeBetween(story.random, from + 60, Math.min(from + 14 * DAY, story.base - 60));
    const details = { id: groupId, user_id: userId };
    events.push({ type: 'tenant.group.member.added', at, actor: ownerSession(story, at), details });
  }
  return events;
}

async function roleEvents(story: Story, starts: Starts): Promise<SeedEvent[]> {
  const events: SeedEvent[] = [];
  for (const kind of [ACCESS_KIND.organizationRole, ACCESS_KIND.projectRole]) {
    for (const { scope, data: role } of await readKind<RoleRecord>(story.db, kind)) {
      const project = scope === '' ? null : story.projects.get(scope);
      if (project === undefined) continue;
      const at = role.created_at ?? (project?.created_at ?? story.base - 90 * DAY) + DAY;
      starts.roles.set(role.id, at);
      const creator = role.created_by ? story.users.get(role.created_by) : undefined;
      events.push({
        type: 'role.created',
        at,
        actor: creator ? sessionActor(creator) : ownerSession(story, at),
        project: project ? projectRef(project) : null,
        details: {
          id: role.id,
          role_name: role.name,
          permissions: role.permissions,
          resource_id: project?.id ?? story.organizationId,
          resource_type: role.resource_type,
        },
      });
    }
  }
  return events;
}

/** Assignment kinds: where the principal and (for project ones) the project sit in the scope. */
const ASSIGNMENTS = [
  { kind: ACCESS_KIND.userRole, principal: 'user', project: false },
  { kind: ACCESS_KIND.groupRole, principal: 'group', project: false },
  { kind: ACCESS_KIND.projectUserRole, principal: 'user', project: true },
  { kind: ACCESS_KIND.projectGroupRole, principal: 'group', project: true },
] as const;

async function assignmentEvents(story: Story, starts: Starts): Promise<SeedEvent[]> {
  for (const { data } of await readKind<ProjectGroupObject>(story.db, ACCESS_KIND.projectGroup))
    starts.projectGroups.set(`${data.project_id}/${data.group_id}`, data.created_at);
  const events: SeedEvent[] = [];
  for (const { kind, principal, project: scoped } of ASSIGNMENTS) {
    for (const { scope, id: roleId } of await readKind(story.db, kind)) {
      const [first = '', second = ''] = scope.split('/');
      const principalId = scoped ? second : first;
      const project = scoped ? story.projects.get(first) : null;
      if (project === undefined) continue;
      const principalStart =
        principal === 'user'
          ? story.users.get(principalId)?.added_at
          : starts.groups.get(principalId);
      const linked = starts.projectGroups.get(scope);
      const from = Math.max(
        principalStart ?? 0,
        starts.roles.get(roleId) ?? 0,
        project?.created_at ?? 0,
      );
      const end = project ? projectEnd(story, project) : story.base - 60;
      const at = linked ?? timeBetween(story.random, from + 60, Math.min(from + 14 * DAY, end));
      events.push({
        type: 'role.assignment.created',
        at,
        actor: ownerSession(story, at),
        project: project ? projectRef(project) : null,
        details: {
          id: roleId,
          principal_id: principalId,
          principal_type: principal,
          resource_id: project?.id ?? story.organizationId,
          resource_type: RESOURCE_TYPE[project ? 'project' : 'organization'],
        },
      });
    }
  }
  return events;
}

export const accessChapter: Chapter = async (story) => {
  const starts: Starts = { groups: new Map(), roles: new Map(), projectGroups: new Map() };
  return [
    ...(await groupEvents(story, starts)),
    ...(await roleEvents(story, starts)),
    ...(await assignmentEvents(story, starts)),
  ];
};
