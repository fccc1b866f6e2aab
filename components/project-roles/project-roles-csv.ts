import { summarisePermissions, summaryText } from '@/lib/admin/permissions';
import type { CsvColumn } from '@/lib/format/csv';
import type { Role } from '@/lib/queries/project-trust';

/** The project roles table as CSV: what each role grants. */
export const PROJECT_ROLE_CSV_COLUMNS: readonly CsvColumn<Role>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'ID', value: (r) => r.id },
  { header: 'Type', value: (r) => (r.predefined_role ? 'built-in' : 'custom') },
  { header: 'Description', value: (r) => r.description },
  { header: 'Permission count', value: (r) => r.permissions.length },
  { header: 'Permissions', value: (r) => r.permissions.join(' ') },
  { header: 'Summary', value: (r) => summaryText(summarisePermissions(r.permissions, 'project')) },
];
