import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/server/db';
import { recordAuditEvent } from '../../audit';
import { invalidRequest } from '../../errors';
import { pathParam, type HandlerTable } from '../../handler';
import { paginate } from '../../pagination';
import { newObjectId } from '../../random';
import { countObjects, findById, listObjects } from '../../store';
import { deleteObject, insertObject, updateObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { stringList } from '../lookup';
import {
  asCertificate,
  asOrganizationCertificate,
  requireCertificate,
} from './certificate-records';
import { MAX_CERTIFICATES, TRUST_ID_PREFIX, TRUST_KIND, type CertificateRecord } from './kinds';
import { parseCertificateUpload, readCertificate } from './pem';

const createBody = z.object({ certificate: z.string(), name: z.string().nullish() });
const updateBody = z.object({ name: z.string().nullish() });

const LIST_RULES = { order: 'desc' } as const;

/** Refuses a certificate the organization already has (same SHA-256 fingerprint). */
async function refuseDuplicate(db: Db, fingerprint: string): Promise<void> {
  const stored = await listObjects<CertificateRecord>(db, {
    kind: TRUST_KIND.certificate,
    direction: 'asc',
    limit: MAX_CERTIFICATES,
  });
  const same = stored.find(
    (row) => readCertificate(row.data.certificate_details.content).fingerprint256 === fingerprint,
  );
  if (same) {
    throw invalidRequest(
      `This certificate has already been uploaded as '${same.id}'.`,
      'certificate',
      'certificate_already_exists',
    );
  }
}

export const certificateHandlers: HandlerTable = {
  'certificates.list': (ctx) =>
    paginate(
      ctx.db,
      { kind: TRUST_KIND.certificate },
      ctx.query,
      LIST_RULES,
      asOrganizationCertificate,
    ),

  'certificates.create': async (ctx) => {
    const body = parseInput(createBody, ctx.body);
    if ((await countObjects(ctx.db, { kind: TRUST_KIND.certificate })) >= MAX_CERTIFICATES) {
      throw invalidRequest(
        `Organizations can upload up to ${MAX_CERTIFICATES} certificates. Delete one before uploading another.`,
        'certificate',
        'certificate_limit_reached',
      );
    }
    const parsed = parseCertificateUpload(body.certificate, ctx.now);
    await refuseDuplicate(ctx.db, parsed.fingerprint256);
    const record: CertificateRecord = {
      id: newObjectId(TRUST_ID_PREFIX.certificate),
      object: 'certificate',
      name: body.name?.trim() || null,
      created_at: ctx.now,
      certificate_details: {
        valid_at: parsed.valid_at,
        expires_at: parsed.expires_at,
        content: parsed.content,
      },
      active: false,
    };
    await insertObject(ctx.db, { kind: TRUST_KIND.certificate, id: record.id, data: record });
    await recordAuditEvent(ctx, {
      type: 'certificate.created',
      details: { id: record.id, ...(record.name ? { name: record.name } : {}) },
    });
    return asCertificate(record, true);
  },

  'certificates.retrieve': async (ctx) => {
    const record = await requireCertificate(ctx.db, pathParam(ctx, 'certificate_id'));
    return asCertificate(record, stringList(ctx.query.include)?.includes('content') ?? false);
  },

  'certificates.update': async (ctx) => {
    const record = await requireCertificate(ctx.db, pathParam(ctx, 'certificate_id'));
    const body = parseInput(updateBody, ctx.body);
    const updated: CertificateRecord = { ...record, name: body.name?.trim() || record.name };
    await updateObject(ctx.db, TRUST_KIND.certificate, '', record.id, updated);
    await recordAuditEvent(ctx, {
      type: 'certificate.updated',
      details: { id: record.id, ...(updated.name ? { name: updated.name } : {}) },
    });
    return asCertificate(updated, false);
  },

  // The API deletes only certificates inactive everywhere: organization and every project.
  'certificates.delete': async (ctx) => {
    const record = await requireCertificate(ctx.db, pathParam(ctx, 'certificate_id'));
    const projects = await findById(ctx.db, TRUST_KIND.projectCertificate, record.id);
    if (record.active || projects.length > 0) {
      const where = record.active ? 'the organization' : `project '${projects[0]?.scope ?? ''}'`;
      throw invalidRequest(
        `Certificate '${record.id}' is active for ${where}. A certificate must be inactive for the organization and every project before it can be deleted.`,
        'certificate_id',
        'certificate_in_use',
      );
    }
    await deleteObject(ctx.db, TRUST_KIND.certificate, '', record.id);
    await recordAuditEvent(ctx, {
      type: 'certificate.deleted',
      details: {
        id: record.id,
        ...(record.name ? { name: record.name } : {}),
        certificate: record.certificate_details.content,
      },
    });
    return { id: record.id, object: 'certificate.deleted' };
  },
};
