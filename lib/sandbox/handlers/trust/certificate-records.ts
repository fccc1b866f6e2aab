import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { invalidRequest, notFound } from '../../errors';
import { sandboxObject } from '../../schema';
import { getObject } from '../../store';
import { TRUST_KIND, type CertificateRecord } from './kinds';

/** How the API shows a stored certificate in each of its three shapes. */

const period = (record: CertificateRecord) => ({
  valid_at: record.certificate_details.valid_at,
  expires_at: record.certificate_details.expires_at,
});

/** Create, retrieve and update: `object: 'certificate'`, no `active`, content only when asked. */
export function asCertificate(record: CertificateRecord, withContent: boolean) {
  return {
    object: 'certificate' as const,
    id: record.id,
    name: record.name,
    created_at: record.created_at,
    certificate_details: withContent
      ? { ...period(record), content: record.certificate_details.content }
      : period(record),
  };
}

/** Organization lists and (de)activations. */
export function asOrganizationCertificate(record: CertificateRecord) {
  return {
    object: 'organization.certificate' as const,
    id: record.id,
    name: record.name,
    active: record.active,
    created_at: record.created_at,
    certificate_details: period(record),
  };
}

/** Project lists and (de)activations: `active` in that project. */
export function asProjectCertificate(record: CertificateRecord, active: boolean) {
  return {
    object: 'organization.project.certificate' as const,
    id: record.id,
    name: record.name,
    active,
    created_at: record.created_at,
    certificate_details: period(record),
  };
}

export async function requireCertificate(db: Db, id: string): Promise<CertificateRecord> {
  const found = await getObject<CertificateRecord>(db, TRUST_KIND.certificate, '', id);
  if (!found) throw notFound('Certificate', id, 'certificate_id');
  return found.data;
}

/**
 * The certificates named in an activation request, each once, in the order given. One unknown
 * id fails the whole request (activation is atomic); activating an expired one is refused.
 */
export async function certificatesToToggle(
  db: Db,
  ids: string[],
  options: { activating: boolean; now: number },
): Promise<CertificateRecord[]> {
  const records: CertificateRecord[] = [];
  for (const id of new Set(ids)) {
    const found = await getObject<CertificateRecord>(db, TRUST_KIND.certificate, '', id);
    if (!found) throw notFound('Certificate', id, 'certificate_ids');
    if (options.activating && found.data.certificate_details.expires_at <= options.now) {
      throw invalidRequest(
        `Certificate '${id}' has expired and cannot be activated.`,
        'certificate_ids',
        'certificate_expired',
      );
    }
    records.push(found.data);
  }
  return records;
}

/** Which of these certificates are active in the project. */
export async function activeInProject(
  db: Db,
  projectId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const t = sandboxObject;
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(
      and(eq(t.kind, TRUST_KIND.projectCertificate), eq(t.scope, projectId), inArray(t.id, ids)),
    );
  return new Set(rows.map((row) => row.id));
}

/** The audit log's list of certificates touched by an activation. */
export const auditCertificates = (records: CertificateRecord[]) => ({
  certificates: records.map((record) => ({
    id: record.id,
    ...(record.name ? { name: record.name } : {}),
  })),
});
