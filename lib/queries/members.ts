import { queryOptions } from '@tanstack/react-query';
import type { Role } from 'openai/resources/admin/organization/roles';
import type {
  OrganizationUser,
  UserDeleteResponse,
} from 'openai/resources/admin/organization/users/users';
import type {
  RoleCreateResponse,
  RoleDeleteResponse,
  RoleListResponse,
} from 'openai/resources/admin/organization/users/roles';
import { adminFetch, consoleFetch } from './admin-fetch';
import { directoryKeys, type MemberRow, type MembersPage, type MembersParams } from './directory';
import { useChange } from './use-change';

export type { Role, RoleListResponse as AssignedRole };

/** Organization members' own data (role assignments, the role catalogue); people lists live in the directory. */
export const memberKeys = {
  all: ['members'] as const,
  assignments: (userId: string) => [...memberKeys.all, 'assignments', userId] as const,
  organizationRoles: () => [...memberKeys.all, 'organization-roles'] as const,
  // Under the directory's keys, so any change to people (from any page) refreshes it.
  one: (userId: string) => [...directoryKeys.all, 'member', userId] as const,
};

interface RoleList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

const userPath = (userId: string) => `/organization/users/${encodeURIComponent(userId)}`;

/** One member with their projects and groups, waiting for memberships (detail panel, remove dialog). */
export function memberOptions(userId: string) {
  return queryOptions({
    queryKey: memberKeys.one(userId),
    queryFn: async ({ signal }) => {
      const page = await consoleFetch<MembersPage>('/api/directory/members', {
        query: { ids: userId, limit: 1, memberships: 'wait' },
        signal,
      });
      return { member: page.data[0] ?? null, asOf: page.as_of };
    },
  });
}

/** The organization roles assigned to one user (the API answers up to 1000 at once). */
export function memberAssignmentsOptions(userId: string) {
  return queryOptions({
    queryKey: memberKeys.assignments(userId),
    queryFn: ({ signal }) =>
      adminFetch<RoleList<RoleListResponse>>(`${userPath(userId)}/roles`, {
        query: { limit: 1000 },
        signal,
      }),
  });
}

/** Every organization role, predefined and custom, for the assign picker. */
export function organizationRolesOptions() {
  return queryOptions({
    queryKey: memberKeys.organizationRoles(),
    queryFn: ({ signal }) =>
      adminFetch<RoleList<Role>>('/organization/roles', { query: { limit: 1000 }, signal }),
  });
}

export const EXPORT_CAP = 50_000;
const EXPORT_PAGE = 200;

/**
 * Every member the filters select, read page by page from the directory (memberships included),
 * up to EXPORT_CAP rows. `truncated` says whether the cap cut the list.
 */
export async function fetchAllMembers(
  params: Omit<MembersParams, 'offset' | 'limit'>,
): Promise<{ rows: MemberRow[]; truncated: boolean }> {
  const rows: MemberRow[] = [];
  let total = Infinity;
  while (rows.length < Math.min(total, EXPORT_CAP)) {
    const page = await consoleFetch<MembersPage>('/api/directory/members', {
      query: {
        ...params,
        ids: undefined,
        offset: rows.length,
        limit: EXPORT_PAGE,
        memberships: 'wait',
      },
    });
    total = page.total;
    rows.push(...page.data);
    if (page.data.length === 0) break;
  }
  return { rows: rows.slice(0, EXPORT_CAP), truncated: total > EXPORT_CAP };
}

/** A change to people: toasts success, refreshes members and the directory. Errors go to the caller. */
function useMemberMutation<Vars, Result>(
  mutationFn: (vars: Vars) => Promise<Result>,
  success: (vars: Vars) => string,
) {
  return useChange({
    mutationFn,
    success: (_result, vars) => success(vars),
    refresh: () => [{ queryKey: memberKeys.all }, { queryKey: directoryKeys.all }],
  });
}

export interface MemberRef {
  id: string;
  label: string;
}

export function useChangeMemberRole() {
  return useMemberMutation(
    ({ user, role }: { user: MemberRef; role: 'owner' | 'reader' }) =>
      adminFetch<OrganizationUser>(userPath(user.id), { method: 'POST', body: { role } }),
    ({ user, role }) => `${user.label} is now ${role === 'owner' ? 'an owner' : 'a reader'}.`,
  );
}

export function useRemoveMember() {
  return useMemberMutation(
    ({ user }: { user: MemberRef }) =>
      adminFetch<UserDeleteResponse>(userPath(user.id), { method: 'DELETE' }),
    ({ user }) => `${user.label} was removed from the organization.`,
  );
}

export function useAssignMemberRole() {
  return useMemberMutation(
    ({ user, role }: { user: MemberRef; role: Pick<Role, 'id' | 'name'> }) =>
      adminFetch<RoleCreateResponse>(`${userPath(user.id)}/roles`, {
        method: 'POST',
        body: { role_id: role.id },
      }),
    ({ user, role }) => `${role.name} assigned to ${user.label}.`,
  );
}

export function useUnassignMemberRole() {
  return useMemberMutation(
    ({ user, role }: { user: MemberRef; role: Pick<Role, 'id' | 'name'> }) =>
      adminFetch<RoleDeleteResponse>(`${userPath(user.id)}/roles/${encodeURIComponent(role.id)}`, {
        method: 'DELETE',
      }),
    ({ user, role }) => `${role.name} unassigned from ${user.label}.`,
  );
}
