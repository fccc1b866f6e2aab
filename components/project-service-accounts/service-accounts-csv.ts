import type { CsvColumn } from '@/lib/format/csv';
import type { ProjectAPIKey, ProjectServiceAccount } from '@/lib/queries/project-keys';

const iso = (unixSeconds: number | null) => (unixSeconds ? new Date(unixSeconds * 1000).toISOString() : '');

/** The service-accounts table as CSV: what it shows, keys as `name (redacted)` separated by semicolons. */
export function serviceAccountCsvColumns(keysOf: (accountId: string) => ProjectAPIKey[]): CsvColumn<ProjectServiceAccount>[] {
  return [
    { header: 'Name', value: (account) => account.name },
    { header: 'Service account id', value: (account) => account.id },
    { header: 'Role', value: (account) => account.role },
    { header: 'Created', value: (account) => iso(account.created_at) },
    { header: 'API keys', value: (account) => keysOf(account.id).length },
    { header: 'Keys', value: (account) => keysOf(account.id).map((key) => `${key.name} (${key.redacted_value})`).join('; ') },
  ];
}
