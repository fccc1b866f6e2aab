'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { permissionInfo } from '@/lib/admin/permissions';
import { membersOptions } from '@/lib/queries/directory';
import {
  baseRoleOf,
  groupAssignmentsOptions,
  groupsHolding,
  rolesListOptions,
  userScanOptions,
  type Role,
} from '@/lib/queries/roles';
import type { HolderSummary } from './holder-summary';
import type { RoleRow } from './roles-table';

/** Does the role match the search: its name, description, permission names or their areas' words. */
export function matchesRole(role: Role, needle: string): boolean {
  if (!needle) return true;
  const words = [role.name, role.description ?? '', ...role.permissions, ...role.permissions.map((p) => permissionInfo(p)?.allows ?? '')];
  return words.some((w) => w.toLowerCase().includes(needle));
}

/**
 * Everything the roles page reads: the roles, every group's role assignments, the members per
 * organization role, and (once someone opens a role or asks) the scan of members' assignments.
 */
export function useRolesData(selectedId: string) {
  const roles = useQuery(rolesListOptions());
  const groups = useQuery(groupAssignmentsOptions());
  const orgRoles = useQuery(membersOptions({ limit: 1 }));
  const [scanAsked, setScanAsked] = useState(false);
  const scan = useQuery({ ...userScanOptions(), enabled: scanAsked || selectedId !== '' });
  const checking = scan.isFetching;

  const holdersOf = (role: Role): HolderSummary => {
    const base = baseRoleOf(role);
    return {
      groups: groupsHolding(groups.data, role.id),
      byOrgRole: base ? (orgRoles.data?.roles[base] ?? 0) : null,
      assigned: scan.data ? (scan.data.byRole[role.id]?.length ?? 0) : null,
      checking,
      loading: groups.isPending || (base !== null && orgRoles.isPending),
    };
  };
  const rows: RoleRow[] = (roles.data ?? []).map((role) => ({ role, holders: holdersOf(role) }));

  return {
    roles,
    groups,
    rows,
    scan: {
      data: scan.data,
      checking,
      error: scan.isError ? scan.error : null,
      started: scan.data !== undefined || checking,
      start: () => setScanAsked(true),
      recheck: () => {
        setScanAsked(true);
        void scan.refetch();
      },
    },
    peopleOf: (roleId: string) => scan.data?.byRole[roleId] ?? [],
  };
}
