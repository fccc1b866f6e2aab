import type { ConsoleUserRow } from '@/lib/admin/console-users';
import type { CsvColumn } from '@/lib/format/csv';

/** The console-users table as CSV. */
export const consoleUserCsvColumns: CsvColumn<ConsoleUserRow>[] = [
  { header: 'Name', value: (u) => u.name },
  { header: 'Email', value: (u) => u.email },
  { header: 'Role', value: (u) => u.role },
  { header: 'Status', value: (u) => (u.disabled ? 'disabled' : 'active') },
  { header: 'Active sessions', value: (u) => u.activeSessions },
  { header: 'Last active', value: (u) => u.lastActiveAt ?? '' },
  { header: 'Added', value: (u) => u.createdAt },
];
