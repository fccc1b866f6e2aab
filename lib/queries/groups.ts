import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { Group } from 'openai/resources/admin/organization/groups/groups';
import type { RoleListResponse as AssignedRole } from 'openai/resources/admin/organization/groups/roles';
import type { OrganizationGroupUser } from 'openai/resources/admin/organization/groups/users';
import type { Role } from 'openai/resources/admin/organization/roles';
import { adminFetch, consoleFetch, readAllPages } from './admin-fetch';
import { directoryKeys, personLabel, type MemberRow } from './directory';
import { useChange } from './use-change';

export type { AssignedRole, Group, OrganizationGroupUser, Role };

/** A group as the groups page lists it (app/api/directory/groups): with its member count. */
export interface GroupRow {
  id: string;
  name: string;
  created_at: number;
  is_scim_managed: boolean;
  group_type: string;
  member_count: number;
}

/** Query keys for groups: every key starts with groupKeys.all, so one invalidation covers all. */
export const groupKeys = {
  all: ['groups'] as const,
  list: () => [...groupKeys.all, 'list'] as const,
  detail: (id: string) => [...groupKeys.all, 'detail', id] as const,
  members: (id: string) => [...groupKeys.detail(id), 'members'] as const,
  roles: (id: string) => [...groupKeys.detail(id), 'roles'] as const,
  /** The organization's roles, to pick one to assign. */
  organizationRoles: () => [...groupKeys.all, 'organization-roles'] as const,
};

const path = (groupId: string, rest = '') =>
  `/organization/groups/${encodeURIComponent(groupId)}${rest}`;

/** Role, group and assignment lists take up to 1000 a page. */
const LIST_LIMIT = 1000;

export const groupsListOptions = () =>
  queryOptions({
    queryKey: groupKeys.list(),
    queryFn: ({ signal }) =>
      consoleFetch<{ data: GroupRow[]; as_of: number }>('/api/directory/groups', { signal }),
  });

export const groupOptions = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.detail(groupId),
    queryFn: ({ signal }) => adminFetch<Group>(path(groupId), { signal }),
    // A missing group stays missing: do not retry a 404.
    retry: (count, error) => count < 2 && !isNotFound(error),
  });

export const groupMembersOptions = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.members(groupId),
    queryFn: ({ signal }) =>
      readAllPages<OrganizationGroupUser>(path(groupId, '/users'), LIST_LIMIT, signal),
  });

export const groupRolesOptions = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.roles(groupId),
    queryFn: ({ signal }) =>
      readAllPages<AssignedRole>(path(groupId, '/roles'), LIST_LIMIT, signal),
  });

export const organizationRolesOptions = () =>
  queryOptions({
    queryKey: groupKeys.organizationRoles(),
    queryFn: ({ signal }) => readAllPages<Role>('/organization/roles', LIST_LIMIT, signal),
  });

/** Whether an error says the thing asked for does not exist (or its id cannot exist). */
export function isNotFound(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  const param = (error as { param?: unknown } | null)?.param;
  return status === 404 || (status === 400 && param === 'group_id');
}

/** After a change: toast, then refresh groups and the people directory (names, memberships). */
function useGroupMutation<Vars, Result>(
  mutationFn: (vars: Vars) => Promise<Result>,
  success: (vars: Vars, result: Result) => string | null,
  keep?: (vars: Vars) => QueryKey,
) {
  return useChange({
    mutationFn,
    success: (result, vars) => success(vars, result),
    refresh: (vars) => {
      const skip = keep?.(vars);
      return [
        {
          queryKey: groupKeys.all,
          predicate: (query) => !skip || !startsWith(query.queryKey, skip),
        },
        { queryKey: directoryKeys.all },
      ];
    },
  });
}

const startsWith = (key: QueryKey, prefix: QueryKey) => prefix.every((part, i) => key[i] === part);

export function useCreateGroup() {
  return useGroupMutation(
    (body: { name: string }) => adminFetch<Group>('/organization/groups', { method: 'POST', body }),
    (_, group) => `Group “${group.name}” created.`,
  );
}

export function useRenameGroup() {
  return useGroupMutation(
    ({ id, name }: { id: string; name: string }) =>
      adminFetch<{ name: string }>(path(id), { method: 'POST', body: { name } }),
    (_, group) => `Group renamed to “${group.name}”.`,
  );
}

/** Deleting: the deleted group's own queries are left alone (its page navigates away). */
export function useDeleteGroup() {
  return useGroupMutation(
    ({ id }: { id: string; name: string }) => adminFetch(path(id), { method: 'DELETE' }),
    ({ name }) => `Group “${name}” deleted.`,
    ({ id }) => groupKeys.detail(id),
  );
}

export interface AddOutcome {
  user: MemberRow;
  error: unknown;
}

/**
 * Adds people one by one (the API takes one user per request). Resolves with each person's
 * outcome; the caller reports the failures. Toasts the successes.
 */
export function useAddGroupMembers() {
  return useGroupMutation(
    async ({ groupId, users }: { groupId: string; groupName: string; users: MemberRow[] }) => {
      const outcomes: AddOutcome[] = [];
      for (const user of users) {
        try {
          await adminFetch(path(groupId, '/users'), { method: 'POST', body: { user_id: user.id } });
          outcomes.push({ user, error: null });
        } catch (error) {
          outcomes.push({ user, error });
        }
      }
      return outcomes;
    },
    ({ groupName }, outcomes) => {
      const added = outcomes.filter((o) => o.error === null).map((o) => personLabel(o.user));
      if (added.length === 0) return null;
      return added.length === 1
        ? `${added[0]} added to ${groupName}.`
        : `${added.length} people added to ${groupName}.`;
    },
  );
}

export function useRemoveGroupMember() {
  return useGroupMutation(
    ({ groupId, user }: { groupId: string; groupName: string; user: OrganizationGroupUser }) =>
      adminFetch(path(groupId, `/users/${encodeURIComponent(user.id)}`), { method: 'DELETE' }),
    ({ groupName, user }) => `${personLabel(user)} removed from ${groupName}.`,
  );
}

export function useAssignGroupRole() {
  return useGroupMutation(
    ({ groupId, role }: { groupId: string; groupName: string; role: Role }) =>
      adminFetch(path(groupId, '/roles'), { method: 'POST', body: { role_id: role.id } }),
    ({ groupName, role }) => `${role.name} assigned to ${groupName}.`,
  );
}

export function useUnassignGroupRole() {
  return useGroupMutation(
    ({ groupId, role }: { groupId: string; groupName: string; role: AssignedRole }) =>
      adminFetch(path(groupId, `/roles/${encodeURIComponent(role.id)}`), { method: 'DELETE' }),
    ({ groupName, role }) => `${role.name} unassigned from ${groupName}.`,
  );
}
