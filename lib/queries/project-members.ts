import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { Role } from 'openai/resources/admin/organization/roles';
import type { ProjectUser } from 'openai/resources/admin/organization/projects/users/users';
import type { RoleListResponse as AssignedRole } from 'openai/resources/admin/organization/projects/users/roles';
import { adminFetch, ConsoleApiError, readAllPages } from './admin-fetch';
import { directoryKeys, personLabel, type MemberRow } from './directory';
import { useChange } from './use-change';

export type { AssignedRole, ProjectUser, Role };
export type ProjectMemberRole = 'owner' | 'member';

/*
 * A project's members (project users, with their owner/member role), the project's roles, and
 * the project role assignments of its users and groups (shared with the Groups tab).
 */

export const projectAccessKeys = {
  all: ['project-access'] as const,
  project: (projectId: string) => [...projectAccessKeys.all, projectId] as const,
  members: (projectId: string) => [...projectAccessKeys.project(projectId), 'members'] as const,
  groups: (projectId: string) => [...projectAccessKeys.project(projectId), 'groups'] as const,
  roles: (projectId: string) => [...projectAccessKeys.project(projectId), 'roles'] as const,
  assignments: (projectId: string, kind: PrincipalKind, id: string) =>
    [...projectAccessKeys.project(projectId), 'assignments', kind, id] as const,
};

export type PrincipalKind = 'users' | 'groups';

/** A project member's display: name, else email, else id. */
export const memberLabel = (m: Pick<ProjectUser, 'id' | 'name' | 'email'>) =>
  m.name || m.email || m.id;

/** A project's display name (the API allows none). */
export const projectLabel = (p: { name?: string | null }) => p.name || 'Untitled project';

// Moved to admin-fetch.ts; re-exported for the project-access tests that import them from here.
export { nextAfter, type CursorPage } from './admin-fetch';

export const projectPath = (projectId: string, rest = '') =>
  `/organization/projects/${encodeURIComponent(projectId)}${rest}`;

/** Every user of the project (100 a page, the API's maximum). */
export const projectMembersOptions = (projectId: string) =>
  queryOptions({
    queryKey: projectAccessKeys.members(projectId),
    queryFn: ({ signal }) =>
      readAllPages<ProjectUser>(projectPath(projectId, '/users'), 100, signal),
  });

/** The project's roles, predefined and custom, to assign or to give a group. */
export const projectRolesOptions = (projectId: string) =>
  queryOptions({
    queryKey: projectAccessKeys.roles(projectId),
    queryFn: ({ signal }) =>
      readAllPages<Role>(`/projects/${encodeURIComponent(projectId)}/roles`, 1000, signal),
  });

const assignmentsPath = (projectId: string, kind: PrincipalKind, id: string, roleId?: string) =>
  `/projects/${encodeURIComponent(projectId)}/${kind}/${encodeURIComponent(id)}/roles${
    roleId ? `/${encodeURIComponent(roleId)}` : ''
  }`;

/** The project roles a user or group holds in the project. */
export const projectAssignmentsOptions = (projectId: string, kind: PrincipalKind, id: string) =>
  queryOptions({
    queryKey: projectAccessKeys.assignments(projectId, kind, id),
    queryFn: ({ signal }) =>
      readAllPages<AssignedRole>(assignmentsPath(projectId, kind, id), 1000, signal),
  });

/** A change to the project's access: toast, then refresh this project's access and the directory. */
export function useProjectAccessMutation<Vars extends { projectId: string }, Result>(
  mutationFn: (vars: Vars) => Promise<Result>,
  success: (vars: Vars, result: Result) => string | null,
  extraKeys: QueryKey[] = [],
) {
  return useChange({
    mutationFn,
    success: (result, vars) => success(vars, result),
    refresh: (vars) => [
      { queryKey: projectAccessKeys.project(vars.projectId) },
      { queryKey: directoryKeys.all },
      ...extraKeys.map((queryKey) => ({ queryKey })),
    ],
  });
}

export interface AddMemberRequest {
  user: MemberRow;
  role: ProjectMemberRole;
}
export interface AddMemberOutcome extends AddMemberRequest {
  error: unknown;
}

/** Adds people one request each (the API takes one); resolves with each person's outcome. */
export function useAddProjectMembers() {
  return useProjectAccessMutation(
    async ({
      projectId,
      people,
    }: {
      projectId: string;
      projectName: string;
      people: AddMemberRequest[];
    }) => {
      const outcomes: AddMemberOutcome[] = [];
      for (const person of people) {
        try {
          await adminFetch(projectPath(projectId, '/users'), {
            method: 'POST',
            body: { user_id: person.user.id, role: person.role },
          });
          outcomes.push({ ...person, error: null });
        } catch (error) {
          outcomes.push({ ...person, error });
        }
      }
      return outcomes;
    },
    ({ projectName }, outcomes) => {
      const added = outcomes.filter((o) => o.error === null);
      if (added.length === 0) return null;
      return added.length === 1 && added[0]
        ? `${personLabel(added[0].user)} added to ${projectName}.`
        : `${added.length} people added to ${projectName}.`;
    },
  );
}

const userPath = (projectId: string, userId: string) =>
  projectPath(projectId, `/users/${encodeURIComponent(userId)}`);

export function useChangeProjectMemberRole() {
  return useProjectAccessMutation(
    ({
      projectId,
      member,
      role,
    }: {
      projectId: string;
      member: ProjectUser;
      role: ProjectMemberRole;
    }) =>
      adminFetch<ProjectUser>(userPath(projectId, member.id), { method: 'POST', body: { role } }),
    ({ member, role }) => `${memberLabel(member)} is now a project ${role}.`,
  );
}

export function useRemoveProjectMember() {
  return useProjectAccessMutation(
    ({ projectId, member }: { projectId: string; projectName: string; member: ProjectUser }) =>
      adminFetch(userPath(projectId, member.id), { method: 'DELETE' }),
    ({ member, projectName }) => `${memberLabel(member)} removed from ${projectName}.`,
  );
}

interface AssignmentVars {
  projectId: string;
  kind: PrincipalKind;
  principal: { id: string; label: string };
}

export function useAssignProjectRole() {
  return useProjectAccessMutation(
    ({ projectId, kind, principal, role }: AssignmentVars & { role: Role }) =>
      adminFetch(assignmentsPath(projectId, kind, principal.id), {
        method: 'POST',
        body: { role_id: role.id },
      }),
    ({ principal, role }) => `${principal.label} now holds “${role.name}” in this project.`,
  );
}

export function useUnassignProjectRole() {
  return useProjectAccessMutation(
    async ({ projectId, kind, principal, role }: AssignmentVars & { role: AssignedRole }) => {
      try {
        await adminFetch(assignmentsPath(projectId, kind, principal.id, role.id), {
          method: 'DELETE',
        });
      } catch (err) {
        // Already unassigned (by someone else): the outcome the person wanted.
        if (!(err instanceof ConsoleApiError && err.status === 404)) throw err;
      }
    },
    ({ principal, role }) => `${principal.label} no longer holds “${role.name}” in this project.`,
  );
}
