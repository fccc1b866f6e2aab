import type { CsvColumn } from '@/lib/format/csv';
import type { GroupRow } from '@/lib/queries/groups';
import type { ProjectGroup } from '@/lib/queries/project-groups';
import type { AssignedRole, ProjectUser, Role } from '@/lib/queries/project-members';

/*
 * The pure parts of the project's Members and Groups tabs: searching what is shown, which roles
 * and groups are left to add, and the CSV columns (each export is what the table's search selects).
 */

const compareText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** Project members whose name or email contains the search, by name (then email, id). */
export function selectProjectMembers(members: readonly ProjectUser[], q: string): ProjectUser[] {
  const needle = q.trim().toLowerCase();
  return members
    .filter(
      (m) =>
        !needle ||
        (m.name ?? '').toLowerCase().includes(needle) ||
        (m.email ?? '').toLowerCase().includes(needle),
    )
    .sort(
      (a, b) =>
        compareText(a.name || a.email || a.id, b.name || b.email || b.id) ||
        a.id.localeCompare(b.id),
    );
}

/** Project groups whose name contains the search, by name. */
export function selectProjectGroups(groups: readonly ProjectGroup[], q: string): ProjectGroup[] {
  const needle = q.trim().toLowerCase();
  return groups
    .filter((g) => !needle || g.group_name.toLowerCase().includes(needle))
    .sort(
      (a, b) => compareText(a.group_name, b.group_name) || a.group_id.localeCompare(b.group_id),
    );
}

/** Organization groups that do not have access yet, by name. */
export function addableGroups(
  all: readonly GroupRow[],
  current: readonly ProjectGroup[],
): GroupRow[] {
  const have = new Set(current.map((g) => g.group_id));
  return all.filter((g) => !have.has(g.id)).sort((a, b) => compareText(a.name, b.name));
}

/** Project roles not held yet: predefined first, then by name. */
export function assignableProjectRoles(
  all: readonly Role[],
  assigned: readonly AssignedRole[],
): Role[] {
  const held = new Set(assigned.map((r) => r.id));
  return all
    .filter((r) => !held.has(r.id))
    .sort(
      (a, b) =>
        Number(b.predefined_role) - Number(a.predefined_role) || compareText(a.name, b.name),
    );
}

/** The role a group gets by default: the predefined Member role, else the first least-privileged one. */
export function defaultGroupRole(roles: readonly Role[]): Role | undefined {
  return (
    roles.find((r) => r.predefined_role && r.name.toLowerCase() === 'member') ??
    roles.find((r) => r.name.toLowerCase() !== 'owner') ??
    roles[0]
  );
}

export const PROJECT_ROLE_LABEL: Record<string, string> = { owner: 'Owner', member: 'Member' };
export const projectRoleLabel = (role: string) => PROJECT_ROLE_LABEL[role] ?? role;



export const memberCsvColumns: CsvColumn<ProjectUser>[] = [
  { header: 'Name', value: (m) => m.name },
  { header: 'Email', value: (m) => m.email },
  { header: 'Project role', value: (m) => projectRoleLabel(m.role) },
  { header: 'Added', value: (m) => new Date(m.added_at * 1000) },
  { header: 'User id', value: (m) => m.id },
];

/** A project group as the table shows it: its member count comes from the groups directory. */
export interface ProjectGroupView extends ProjectGroup {
  member_count: number | null;
}

export const groupCsvColumns: CsvColumn<ProjectGroupView>[] = [
  { header: 'Group', value: (g) => g.group_name },
  { header: 'Members', value: (g) => g.member_count },
  { header: 'Type', value: (g) => g.group_type },
  { header: 'Access since', value: (g) => new Date(g.created_at * 1000) },
  { header: 'Group id', value: (g) => g.group_id },
];
