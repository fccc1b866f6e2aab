import type { CsvColumn } from '@/lib/format/csv';
import type { ProjectAPIKey } from '@/lib/queries/project-keys';
import { isStale, keyOwner } from './api-key-rules';

const iso = (unixSeconds: number | null) => (unixSeconds ? new Date(unixSeconds * 1000).toISOString() : '');

/** The API keys table as CSV: the rows the filters select, with full timestamps and ids. */
export function apiKeyCsvColumns(now = Date.now()): CsvColumn<ProjectAPIKey>[] {
  return [
    { header: 'Name', value: (key) => key.name },
    { header: 'Key id', value: (key) => key.id },
    { header: 'Redacted value', value: (key) => key.redacted_value },
    { header: 'Owner', value: (key) => keyOwner(key).name },
    { header: 'Owner type', value: (key) => keyOwner(key).type },
    { header: 'Owner email', value: (key) => keyOwner(key).detail },
    { header: 'Owner id', value: (key) => keyOwner(key).id },
    { header: 'Owner has project access', value: (key) => (key.owner_project_access === 'active' ? 'yes' : 'no') },
    { header: 'Created', value: (key) => iso(key.created_at) },
    { header: 'Last used', value: (key) => iso(key.last_used_at) || 'never' },
    { header: 'Stale (90+ days unused)', value: (key) => (isStale(key, now) ? 'yes' : 'no') },
  ];
}
