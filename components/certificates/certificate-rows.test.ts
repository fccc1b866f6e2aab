import { describe, expect, it } from 'vitest';
import type { OrgCertificate } from '@/lib/queries/certificates';
import { toCsv } from '@/lib/format/csv';
import { filterByProjects, ORG_CERTIFICATE_CSV_COLUMNS, orgCertificateRows, searchCertificates } from './certificate-rows';

const NOW = 1_800_000_000;
const DAY = 86_400;
const cert = (id: string, name: string, created: number, expires: number, active = false): OrgCertificate =>
  ({ id, name, created_at: created, active, object: 'organization.certificate', certificate_details: { valid_at: NOW - DAY, expires_at: expires } }) as OrgCertificate;

describe('orgCertificateRows', () => {
  const rows = orgCertificateRows(
    [cert('c1', 'Old root', 1, NOW + 400 * DAY, true), cert('c2', 'Gateway', 2, NOW + 12 * DAY + 60), cert('c3', 'Partner', 3, NOW - 3 * DAY)],
    { c1: { subject: 'C=US\nCN=root.example', commonName: 'root.example', issuer: '', fingerprint256: '' }, c2: null },
    NOW,
    { c1: [{ id: 'p1', name: 'Analytics' }, { id: 'p2', name: 'Warehouse Vision' }] },
  );

  it('orders newest first with validity and subject', () => {
    expect(rows.map((r) => r.id)).toEqual(['c3', 'c2', 'c1']);
    expect(rows[1]?.validity).toEqual({ kind: 'expiring', daysLeft: 12 });
    expect(rows[0]?.validity.kind).toBe('expired');
    expect(rows[2]).toMatchObject({ commonName: 'root.example', subject: 'C=US, CN=root.example', active: true });
    expect(rows[1]?.commonName).toBeNull();
  });

  it('searches name, subject and id', () => {
    expect(searchCertificates(rows, 'root.EX').map((r) => r.id)).toEqual(['c1']);
    expect(searchCertificates(rows, 'gate').map((r) => r.id)).toEqual(['c2']);
    expect(searchCertificates(rows, ' ')).toHaveLength(3);
  });

  it('carries the projects where each certificate is active, none when it is active nowhere', () => {
    expect(rows[2]?.projects?.map((p) => p.name)).toEqual(['Analytics', 'Warehouse Vision']);
    expect(rows[1]?.projects).toEqual([]);
    const unknown = orgCertificateRows([cert('c1', 'Old root', 1, NOW + 400 * DAY)], {}, NOW, null);
    expect(unknown[0]?.projects).toBeNull();
  });

  it('filters to certificates active in a project, or in none', () => {
    expect(filterByProjects(rows, 'active').map((r) => r.id)).toEqual(['c1']);
    expect(filterByProjects(rows, 'none').map((r) => r.id)).toEqual(['c3', 'c2']);
    expect(filterByProjects(rows, 'all')).toHaveLength(3);
  });

  it('exports the project names in the CSV', () => {
    const csv = toCsv(ORG_CERTIFICATE_CSV_COLUMNS, rows);
    expect(csv).toContain('Active in projects');
    expect(csv).toContain('Analytics; Warehouse Vision');
  });
});
