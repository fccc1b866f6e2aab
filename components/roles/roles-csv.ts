import { summarisePermissions, summaryText } from '@/lib/admin/permissions';
import type { CsvColumn } from '@/lib/format/csv';
import type { RoleRow } from './roles-table';

/** The roles table as CSV: what each role grants and who holds it, as far as the page knows. */
export const ROLE_CSV_COLUMNS: readonly CsvColumn<RoleRow>[] = [
  { header: 'Name', value: (r) => r.role.name },
  { header: 'ID', value: (r) => r.role.id },
  { header: 'Type', value: (r) => (r.role.predefined_role ? 'built-in' : 'custom') },
  { header: 'Description', value: (r) => r.role.description },
  { header: 'Permission count', value: (r) => r.role.permissions.length },
  { header: 'Permissions', value: (r) => r.role.permissions.join(' ') },
  { header: 'Summary', value: (r) => summaryText(summarisePermissions(r.role.permissions)) },
  { header: 'Groups holding it', value: (r) => r.holders.groups.map((g) => g.name).join('; ') },
  { header: 'Members by organization role', value: (r) => r.holders.byOrgRole },
  {
    header: 'Members assigned it',
    value: (r) => (r.holders.assigned === null ? 'not counted' : r.holders.checking ? `${r.holders.assigned}+ (checking)` : r.holders.assigned),
  },
];
