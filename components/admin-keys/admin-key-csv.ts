import { adminKeyLabel } from '@/lib/admin/admin-keys';
import type { CsvColumn } from '@/lib/format/csv';
import type { AdminAPIKey } from '@/lib/queries/admin-keys';

const iso = (unixSeconds: number | null | undefined) => (unixSeconds ? new Date(unixSeconds * 1000).toISOString() : '');

/** The admin-keys table as CSV: what it shows, with full timestamps and ids. */
export function adminKeyCsvColumns(consoleKeyIds: ReadonlySet<string>, ownerEmail: (ownerId: string) => string | null): CsvColumn<AdminAPIKey>[] {
  return [
    { header: 'Name', value: (key) => adminKeyLabel(key) },
    { header: 'Key id', value: (key) => key.id },
    { header: 'Redacted value', value: (key) => key.redacted_value },
    { header: 'Owner', value: (key) => key.owner.name ?? '' },
    { header: 'Owner email', value: (key) => (key.owner.id ? ownerEmail(key.owner.id) : null) },
    { header: 'Owner id', value: (key) => key.owner.id ?? '' },
    { header: 'Created', value: (key) => iso(key.created_at) },
    { header: 'Last used', value: (key) => iso(key.last_used_at) || 'never' },
    { header: 'Expires', value: (key) => iso(key.expires_at) || 'never' },
    { header: 'Used by this console', value: (key) => (consoleKeyIds.has(key.id) ? 'yes' : 'no') },
  ];
}
