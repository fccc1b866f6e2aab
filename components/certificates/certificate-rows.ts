import type { CsvColumn } from '@/lib/format/csv';
import type { CertificateSubject, OrgCertificate, ProjectRef } from '@/lib/queries/certificates';
import { validityBadge, validityOf, type Validity } from '@/components/project-certificates/certificate-validity';

/** The API refuses a 51st certificate in an organization. */
export const CERTIFICATE_LIMIT = 50;

/** One certificate of the organization as the /certificates page shows it. */
export interface OrgCertificateRow {
  id: string;
  name: string;
  /** The subject's common name; null while unknown. */
  commonName: string | null;
  subject: string | null;
  createdAt: number;
  validAt: number | null;
  expiresAt: number | null;
  validity: Validity;
  active: boolean;
  /** The projects where it is active, by name; null while unknown (read apart from the list). */
  projects: ProjectRef[] | null;
}

/** Newest first; `now` in Unix seconds; `activeIn` null while the projects are not known. */
export function orgCertificateRows(
  certificates: readonly OrgCertificate[],
  subjects: Readonly<Record<string, CertificateSubject | null>>,
  now: number,
  activeIn: Readonly<Record<string, ProjectRef[]>> | null,
): OrgCertificateRow[] {
  return certificates
    .map((c) => {
      const details = c.certificate_details ?? {};
      const subject = subjects[c.id] ?? null;
      return {
        id: c.id,
        name: c.name ?? 'Unnamed certificate',
        commonName: subject?.commonName ?? null,
        subject: subject?.subject.replaceAll('\n', ', ') ?? null,
        createdAt: c.created_at,
        validAt: details.valid_at ?? null,
        expiresAt: details.expires_at ?? null,
        validity: validityOf(details, now),
        active: c.active,
        projects: activeIn ? (activeIn[c.id] ?? []) : null,
      };
    })
    .sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
}

/** Rows whose name, subject or id contain the search text (case-insensitive). */
export function searchCertificates(rows: readonly OrgCertificateRow[], q: string): OrgCertificateRow[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((r) => [r.name, r.subject ?? '', r.id].some((text) => text.toLowerCase().includes(needle)));
}

/** Whether certificates are shown by their project activations: all, those active in a project, those in none. */
export type ProjectFilter = 'all' | 'active' | 'none';

export const asProjectFilter = (value: string): ProjectFilter => (value === 'active' || value === 'none' ? value : 'all');

/** Rows by their project activations; every row while those are unknown (the view waits for them then). */
export function filterByProjects(rows: readonly OrgCertificateRow[], filter: ProjectFilter): OrgCertificateRow[] {
  if (filter === 'all') return [...rows];
  return rows.filter((r) => r.projects === null || (r.projects.length > 0) === (filter === 'active'));
}

const iso = (unix: number | null) => (unix ? new Date(unix * 1000).toISOString() : '');

export const ORG_CERTIFICATE_CSV_COLUMNS: readonly CsvColumn<OrgCertificateRow>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'ID', value: (r) => r.id },
  { header: 'Subject', value: (r) => r.subject ?? '' },
  { header: 'Active in organization', value: (r) => (r.active ? 'yes' : 'no') },
  { header: 'Active in projects', value: (r) => (r.projects === null ? 'not loaded' : r.projects.map((p) => p.name).join('; ')) },
  { header: 'Validity', value: (r) => validityBadge(r.validity).label },
  { header: 'Valid from', value: (r) => iso(r.validAt) },
  { header: 'Expires', value: (r) => iso(r.expiresAt) },
  { header: 'Uploaded', value: (r) => iso(r.createdAt) },
];
