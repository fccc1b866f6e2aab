import {
  experimental_streamedQuery as streamedQuery,
  queryOptions,
  useQueryClient,
} from '@tanstack/react-query';
import type { Group } from 'openai/resources/admin/organization/groups/groups';
import type { Role } from 'openai/resources/admin/organization/roles';
import type { RoleListResponse as AssignedRole } from 'openai/resources/admin/organization/users/roles';
import { mapLimit } from '@/lib/format/map-limit';
import { adminFetch, ConsoleApiError, consoleFetch, readAllPages } from './admin-fetch';
import { directoryKeys, personLabel, type MemberRow, type MembersPage } from './directory';
import {
  applyChunk,
  EMPTY_SCAN,
  withHolder,
  withoutHolder,
  withoutRole,
  type ScanChunk,
  type UserRoleScan,
} from './role-holders';
import { refreshAfterChange } from './refresh';
import { useChange } from './use-change';

export type { AssignedRole, Group, Role };

/*
 * Organization roles (built-in and custom) and who holds them. The Admin API has no "holders of a
 * role" endpoint: groups are few, so every group's assignments are read up front; users can be
 * many, so theirs are read in one scan when someone asks (see role-holders.ts).
 */

export const roleKeys = {
  all: ['roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
  groupAssignments: () => [...roleKeys.all, 'group-assignments'] as const,
  userScan: () => [...roleKeys.all, 'user-scan'] as const,
};

/** Role, group and assignment lists take up to 1000 a page. */
const LIST_LIMIT = 1000;

/** Every organization role, built-in ones first (as the API lists them). */
export function rolesListOptions() {
  return queryOptions({
    queryKey: roleKeys.list(),
    queryFn: ({ signal }) => readAllPages<Role>('/organization/roles', LIST_LIMIT, signal),
  });
}

export interface GroupAssignments {
  group: Group;
  roles: AssignedRole[];
}

/** Every group with its organization roles, four groups at a time. */
export function groupAssignmentsOptions() {
  return queryOptions({
    queryKey: roleKeys.groupAssignments(),
    queryFn: async ({ signal }) => {
      const groups = await readAllPages<Group>('/organization/groups', LIST_LIMIT, signal);
      const out: GroupAssignments[] = [];
      for (let i = 0; i < groups.length; i += 4) {
        const slice = groups.slice(i, i + 4);
        const roles = await Promise.all(
          slice.map((g) =>
            readAllPages<AssignedRole>(
              `/organization/groups/${encodeURIComponent(g.id)}/roles`,
              LIST_LIMIT,
              signal,
            ),
          ),
        );
        slice.forEach((group, j) => out.push({ group, roles: roles[j] ?? [] }));
      }
      return out;
    },
  });
}

/** The groups holding a role. */
export const groupsHolding = (
  assignments: readonly GroupAssignments[] | undefined,
  roleId: string,
) => (assignments ?? []).filter((a) => a.roles.some((r) => r.id === roleId)).map((a) => a.group);

const SCAN_PAGE = 200;
const SCAN_BATCH = 30;
/** Users whose roles are read at once: enough to finish a large organization in reasonable time, few enough for its rate limit. */
export const SCAN_CONCURRENCY = 8;

/** A user's organization roles; a user removed meanwhile has none. */
async function userRoles(userId: string, signal: AbortSignal): Promise<AssignedRole[]> {
  try {
    return await readAllPages<AssignedRole>(
      `/organization/users/${encodeURIComponent(userId)}/roles`,
      LIST_LIMIT,
      signal,
    );
  } catch (err) {
    if (err instanceof ConsoleApiError && err.status === 404) return [];
    throw err;
  }
}

/** Every user of the directory with their roles, a batch at a time. */
async function* scanUsers(signal: AbortSignal): AsyncGenerator<ScanChunk> {
  let offset = 0;
  for (let first = true; ; first = false) {
    const page = await consoleFetch<MembersPage>('/api/directory/members', {
      query: { limit: SCAN_PAGE, offset, sort: 'name' },
      signal,
    });
    if (first) yield { kind: 'total', total: page.total };
    for (let i = 0; i < page.data.length; i += SCAN_BATCH) {
      const startedAt = Date.now();
      const batch = page.data.slice(i, i + SCAN_BATCH);
      const results = await mapLimit(batch, SCAN_CONCURRENCY, async (user) => ({
        user,
        roles: await userRoles(user.id, signal),
      }));
      yield { kind: 'users', startedAt, results };
    }
    offset += page.data.length;
    if (page.data.length === 0 || offset >= page.total) break;
  }
  yield { kind: 'done' };
}

/**
 * The holders of every role among users, read in one scan that starts when someone first asks
 * for a role's holders and then serves every role. Its data grows as it goes (progress); it is
 * kept until the person asks to check again, and this console's own assignments update it.
 */
export function userScanOptions() {
  return queryOptions({
    queryKey: roleKeys.userScan(),
    queryFn: streamedQuery<ScanChunk, UserRoleScan, ReturnType<typeof roleKeys.userScan>>({
      streamFn: ({ signal }) => scanUsers(signal),
      reducer: applyChunk,
      initialValue: EMPTY_SCAN,
    }),
    staleTime: Infinity,
    gcTime: 15 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/**
 * The organization role (`owner` / `reader` on the user) that makes every such user hold this
 * built-in role, or null for a custom role.
 */
export function baseRoleOf(
  role: Pick<Role, 'name' | 'predefined_role'>,
): 'owner' | 'reader' | null {
  if (!role.predefined_role) return null;
  const name = role.name.toLowerCase();
  return name === 'owner' || name === 'reader' ? name : null;
}

export interface RoleBody {
  role_name: string;
  permissions: string[];
  description: string | null;
}

/** A role change: toasts success; `refreshRoles` re-reads the roles and groups' assignments. */
function useRoleMutation<Vars, Result>(
  mutationFn: (vars: Vars) => Promise<Result>,
  success: (result: Result, vars: Vars) => string,
  refreshRoles = true,
) {
  return useChange({
    mutationFn,
    success,
    refresh: () =>
      refreshRoles
        ? [{ queryKey: roleKeys.list() }, { queryKey: roleKeys.groupAssignments() }]
        : [],
  });
}

export function useCreateRole() {
  return useRoleMutation(
    (body: RoleBody) => adminFetch<Role>('/organization/roles', { method: 'POST', body }),
    (role) => `Role “${role.name}” created.`,
  );
}

/** Sends only the fields that change. */
export function useUpdateRole() {
  return useRoleMutation(
    ({ id, changes }: { id: string; changes: Partial<RoleBody> }) =>
      adminFetch<Role>(`/organization/roles/${encodeURIComponent(id)}`, {
        method: 'POST',
        body: changes,
      }),
    (role) => `Role “${role.name}” saved.`,
  );
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useRoleMutation(
    async (role: Role) => {
      await adminFetch(`/organization/roles/${encodeURIComponent(role.id)}`, { method: 'DELETE' });
      queryClient.setQueryData<UserRoleScan>(
        roleKeys.userScan(),
        (scan) => scan && withoutRole(scan, role.id),
      );
      void refreshAfterChange(queryClient, { queryKey: directoryKeys.all });
      return role;
    },
    (role) => `Role “${role.name}” deleted. Whoever held it no longer does.`,
  );
}

/** Assigns a role to a user; the holders scan learns it at once, without reading everyone again. */
export function useAssignRole() {
  const queryClient = useQueryClient();
  return useRoleMutation(
    async ({ role, user }: { role: Role; user: MemberRow }) => {
      await adminFetch(`/organization/users/${encodeURIComponent(user.id)}/roles`, {
        method: 'POST',
        body: { role_id: role.id },
      });
      queryClient.setQueryData<UserRoleScan>(
        roleKeys.userScan(),
        (scan) => scan && withHolder(scan, role.id, user),
      );
      void refreshAfterChange(queryClient, { queryKey: directoryKeys.all });
    },
    (_, { role, user }) => `${personLabel(user)} now holds “${role.name}”.`,
    false,
  );
}

export function useUnassignRole() {
  const queryClient = useQueryClient();
  return useRoleMutation(
    async ({ role, user }: { role: Role; user: MemberRow }) => {
      try {
        await adminFetch(
          `/organization/users/${encodeURIComponent(user.id)}/roles/${encodeURIComponent(role.id)}`,
          { method: 'DELETE' },
        );
      } catch (err) {
        // Already gone (someone else unassigned it): the outcome the person wanted.
        if (!(err instanceof ConsoleApiError && err.status === 404)) throw err;
      }
      queryClient.setQueryData<UserRoleScan>(
        roleKeys.userScan(),
        (scan) => scan && withoutHolder(scan, role.id, user.id),
      );
      void refreshAfterChange(queryClient, { queryKey: directoryKeys.all });
    },
    (_, { role, user }) => `${personLabel(user)} no longer holds “${role.name}”.`,
    false,
  );
}
