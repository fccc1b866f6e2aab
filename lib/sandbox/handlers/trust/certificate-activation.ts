import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '../../audit';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { paginate } from '../../pagination';
import { deleteObject, insertObject, updateObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { refuseIfArchived, requireProject } from '../lookup';
import {
  activeInProject,
  asOrganizationCertificate,
  asProjectCertificate,
  auditCertificates,
  certificatesToToggle,
} from './certificate-records';
import { TRUST_KIND, type CertificateRecord, type ProjectCertificateActivation } from './kinds';

const toggleBody = z.object({ certificate_ids: z.array(z.string()) });

/** Activation is idempotent: activating an active certificate (or deactivating an inactive one) changes nothing. */
async function toggleForOrganization(ctx: SandboxContext, activate: boolean) {
  const { certificate_ids } = parseInput(toggleBody, ctx.body);
  const records = await certificatesToToggle(ctx.db, certificate_ids, {
    activating: activate,
    now: ctx.now,
  });
  const toggled: CertificateRecord[] = [];
  for (const record of records) {
    const next = { ...record, active: activate };
    if (record.active !== activate)
      await updateObject(ctx.db, TRUST_KIND.certificate, '', record.id, next);
    toggled.push(next);
  }
  await recordAuditEvent(ctx, {
    type: activate ? 'certificates.activated' : 'certificates.deactivated',
    details: auditCertificates(toggled),
  });
  return {
    object: activate
      ? 'organization.certificate.activation'
      : 'organization.certificate.deactivation',
    data: toggled.map(asOrganizationCertificate),
  };
}

async function toggleForProject(ctx: SandboxContext, activate: boolean) {
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  refuseIfArchived(
    project,
    `certificates cannot be ${activate ? 'activated' : 'deactivated'} in an archived project.`,
  );
  const { certificate_ids } = parseInput(toggleBody, ctx.body);
  const records = await certificatesToToggle(ctx.db, certificate_ids, {
    activating: activate,
    now: ctx.now,
  });
  for (const record of records) {
    if (activate) {
      const data: ProjectCertificateActivation = {
        certificate_id: record.id,
        activated_at: ctx.now,
      };
      await insertObject(ctx.db, {
        kind: TRUST_KIND.projectCertificate,
        scope: project.id,
        id: record.id,
        data,
      });
    } else {
      await deleteObject(ctx.db, TRUST_KIND.projectCertificate, project.id, record.id);
    }
  }
  await recordAuditEvent(ctx, {
    type: activate ? 'certificates.activated' : 'certificates.deactivated',
    project: { id: project.id, name: project.name },
    details: auditCertificates(records),
  });
  return {
    object: activate
      ? 'organization.project.certificate.activation'
      : 'organization.project.certificate.deactivation',
    data: records.map((record) => asProjectCertificate(record, activate)),
  };
}

export const certificateActivationHandlers: HandlerTable = {
  'certificates.activate': (ctx) => toggleForOrganization(ctx, true),
  'certificates.deactivate': (ctx) => toggleForOrganization(ctx, false),

  // Every certificate of the organization, each with whether it is active in this project.
  'projects.certificates.list': async (ctx) => {
    const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
    const page = await paginate<CertificateRecord>(
      ctx.db,
      { kind: TRUST_KIND.certificate },
      ctx.query,
      { order: 'desc' },
    );
    const active = await activeInProject(
      ctx.db,
      project.id,
      page.data.map((record) => record.id),
    );
    return {
      ...page,
      data: page.data.map((record) => asProjectCertificate(record, active.has(record.id))),
    };
  },
  'projects.certificates.activate': (ctx) => toggleForProject(ctx, true),
  'projects.certificates.deactivate': (ctx) => toggleForProject(ctx, false),
};
