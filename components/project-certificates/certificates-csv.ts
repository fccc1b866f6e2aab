import type { CsvColumn } from '@/lib/format/csv';
import type { CertificateRow } from './certificate-rows';
import { validityBadge } from './certificate-validity';

const iso = (unix: number | null) => (unix ? new Date(unix * 1000).toISOString() : '');

/** The certificates table as CSV, with the project's state and the organization's. */
export const CERTIFICATE_CSV_COLUMNS: readonly CsvColumn<CertificateRow>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'ID', value: (r) => r.id },
  { header: 'Active in project', value: (r) => (r.projectActive ? 'yes' : 'no') },
  { header: 'Active in organization', value: (r) => (r.orgActive === null ? 'unknown' : r.orgActive ? 'yes' : 'no') },
  { header: 'Validity', value: (r) => validityBadge(r.validity).label },
  { header: 'Valid from', value: (r) => iso(r.validAt) },
  { header: 'Expires', value: (r) => iso(r.expiresAt) },
  { header: 'Uploaded', value: (r) => iso(r.createdAt) },
];
