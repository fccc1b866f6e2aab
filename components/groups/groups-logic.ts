import type { CsvColumn } from '@/lib/format/csv';
import type { AssignedRole, GroupRow, OrganizationGroupUser, Role } from '@/lib/queries/groups';

/*
 * The pure parts of the groups pages: searching, sorting and paging what is shown, which roles
 * are left to assign, and the CSV columns (each export is exactly what the table shows).
 */

export const GROUP_SORTS = ['name', 'members', 'created'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

export const parseSort = (value: string): GroupSort =>
  (GROUP_SORTS as readonly string[]).includes(value) ? (value as GroupSort) : 'name';

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/** Groups whose name or id contains the search, in the asked order (ties by name). */
export function selectGroups(
  rows: readonly GroupRow[],
  q: string,
  sort: GroupSort,
  order: 'asc' | 'desc',
): GroupRow[] {
  const needle = q.trim().toLowerCase();
  const found = rows.filter(
    (g) => !needle || g.name.toLowerCase().includes(needle) || g.id.toLowerCase().includes(needle),
  );
  const compare = (a: GroupRow, b: GroupRow) =>
    sort === 'members'
      ? a.member_count - b.member_count
      : sort === 'created'
        ? a.created_at - b.created_at
        : 0;
  const sign = order === 'desc' ? -1 : 1;
  return found.sort((a, b) => sign * compare(a, b) || sign * byName(a, b));
}

/** Members whose name or email contains the search, by name. */
export function selectMembers(
  members: readonly OrganizationGroupUser[],
  q: string,
): OrganizationGroupUser[] {
  const needle = q.trim().toLowerCase();
  return members
    .filter(
      (m) =>
        !needle ||
        m.name.toLowerCase().includes(needle) ||
        (m.email ?? '').toLowerCase().includes(needle),
    )
    .sort((a, b) =>
      byName(
        { name: a.name || a.email || '', id: a.id },
        { name: b.name || b.email || '', id: b.id },
      ),
    );
}



/** Organization roles the group does not hold yet, predefined first, then by name. */
export function assignableRoles(all: readonly Role[], assigned: readonly AssignedRole[]): Role[] {
  const held = new Set(assigned.map((r) => r.id));
  return all
    .filter((r) => !held.has(r.id) && r.resource_type !== 'api.project')
    .sort((a, b) => Number(b.predefined_role) - Number(a.predefined_role) || byName(a, b));
}


/** "owner" → "Owner"; unknown stays as it is; none → "—". */
export const orgRoleLabel = (role: string | null | undefined) =>
  role ? role.charAt(0).toUpperCase() + role.slice(1) : '—';

export const groupCsvColumns: CsvColumn<GroupRow>[] = [
  { header: 'Name', value: (g) => g.name },
  { header: 'Group id', value: (g) => g.id },
  { header: 'Members', value: (g) => g.member_count },
  { header: 'Managed by SCIM', value: (g) => (g.is_scim_managed ? 'yes' : 'no') },
  { header: 'Created', value: (g) => new Date(g.created_at * 1000) },
];

/** A member row as the table shows it: the organization role comes from the directory. */
export interface MemberView extends OrganizationGroupUser {
  role: string | null;
}

export const memberCsvColumns: CsvColumn<MemberView>[] = [
  { header: 'Name', value: (m) => m.name },
  { header: 'Email', value: (m) => m.email },
  { header: 'Organization role', value: (m) => (m.role ? orgRoleLabel(m.role) : '') },
  { header: 'User id', value: (m) => m.id },
];

export const roleCsvColumns: CsvColumn<AssignedRole>[] = [
  { header: 'Role', value: (r) => r.name },
  { header: 'Kind', value: (r) => (r.predefined_role ? 'built-in' : 'custom') },
  { header: 'Description', value: (r) => r.description },
  { header: 'Permissions', value: (r) => r.permissions.join(' ') },
  { header: 'Role id', value: (r) => r.id },
];
