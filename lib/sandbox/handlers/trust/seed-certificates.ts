import 'server-only';
import type { StoredObject } from '../../store';
import { stableObjectId } from '../../random';
import { SEED_ORGANIZATION } from '../../seed-data';
import { seedProjectId } from '../../seed-ids';
import type { SeedContext } from '../../seeders/types';
import { insertMany } from '../../store-writes';
import { TRUST_ID_PREFIX, TRUST_KIND, type CertificateRecord } from './kinds';
import { readCertificate } from './pem';
import type { SeedRoster } from './seed-roster';
import { issueCertificate, type CertificateAuthority } from './x509-builder';

const DAY = 86_400;
const organization = SEED_ORGANIZATION.name;

interface SeedCertificate {
  name: string;
  commonName: string;
  /** Validity in days relative to the seeding day; uploaded `uploadedAfter` days into it. */
  validFrom: number;
  validTo: number;
  uploadedAfter: number;
  activeInOrganization: boolean;
  /** Projects (by name; the default project as '') it is active in. */
  projects: string[];
}

// One internal CA and the client certificates it issued: one expiring within 30 days of the
// seeding day, one already expired, the rest valid for a year or more.
// prettier-ignore
const CERTIFICATES: SeedCertificate[] = [
  { name: 'Northwind Internal Root CA', commonName: 'Northwind Robotics Root CA 2023', validFrom: -500, validTo: 3150, uploadedAfter: 12, activeInOrganization: true, projects: [''] },
  { name: 'Partner gateway (2023)', commonName: 'partner-gw.northwind-robotics.com', validFrom: -430, validTo: -35, uploadedAfter: 3, activeInOrganization: false, projects: [] },
  { name: 'Fleet telemetry gateway', commonName: 'fleet-gw.northwind-robotics.com', validFrom: -345, validTo: 19, uploadedAfter: 2, activeInOrganization: true, projects: ['Fleet Telemetry Insights'] },
  { name: 'Warehouse Vision edge devices', commonName: 'edge.warehouse.northwind-robotics.com', validFrom: -200, validTo: 530, uploadedAfter: 1, activeInOrganization: false, projects: ['Warehouse Vision'] },
  { name: 'Support assistant backend', commonName: 'support-api.northwind-robotics.com', validFrom: -60, validTo: 700, uploadedAfter: 4, activeInOrganization: false, projects: ['Customer Support Assistant', 'Robot Voice Interface'] },
  { name: 'Staging mTLS client', commonName: 'staging-client.northwind-robotics.com', validFrom: -9, validTo: 395, uploadedAfter: 1, activeInOrganization: false, projects: [] },
];

/** Real certificates, made now with validity relative to `base`, some active in the organization or projects. */
export async function seedCertificates(ctx: SeedContext, roster: SeedRoster): Promise<void> {
  const { base } = ctx;
  const [rootSpec, ...leafSpecs] = CERTIFICATES;
  if (!rootSpec) return;
  const subject = (commonName: string) => ({ commonName, organization, country: 'US' });
  const root = issueCertificate({
    subject: subject(rootSpec.commonName),
    validFrom: base + rootSpec.validFrom * DAY,
    validTo: base + rootSpec.validTo * DAY,
    authority: true,
  });
  const authority: CertificateAuthority = { name: root.name, privateKey: root.privateKey };
  const issued = [
    { spec: rootSpec, pem: root.pem },
    ...leafSpecs.map((spec) => ({
      spec,
      pem: issueCertificate({
        subject: { ...subject(spec.commonName), organizationalUnit: 'Platform' },
        validFrom: base + spec.validFrom * DAY,
        validTo: base + spec.validTo * DAY,
        issuer: authority,
      }).pem,
    })),
  ];
  const active = new Set(roster.activeProjects.map((project) => project.id));
  const rows: StoredObject<object>[] = [];
  const ordered = issued.sort(
    (a, b) => a.spec.validFrom + a.spec.uploadedAfter - (b.spec.validFrom + b.spec.uploadedAfter),
  );
  ordered.forEach(({ spec, pem }, i) => {
    const parsed = readCertificate(pem);
    const record: CertificateRecord = {
      id: stableObjectId(TRUST_ID_PREFIX.certificate, `certificate:${spec.name}`),
      object: 'certificate',
      name: spec.name,
      created_at: base + (spec.validFrom + spec.uploadedAfter) * DAY + 3_600 * (i + 9),
      certificate_details: {
        valid_at: parsed.valid_at,
        expires_at: parsed.expires_at,
        content: parsed.content,
      },
      active: spec.activeInOrganization,
    };
    rows.push({ kind: TRUST_KIND.certificate, scope: '', id: record.id, seq: i + 1, data: record });
    for (const projectName of spec.projects) {
      const projectId =
        projectName === '' ? ctx.organization.default_project_id : seedProjectId(projectName);
      if (!active.has(projectId)) continue;
      const data = { certificate_id: record.id, activated_at: record.created_at + DAY };
      rows.push({
        kind: TRUST_KIND.projectCertificate,
        scope: projectId,
        id: record.id,
        seq: i + 1,
        data,
      });
    }
  });
  await insertMany(ctx.db, rows);
}
