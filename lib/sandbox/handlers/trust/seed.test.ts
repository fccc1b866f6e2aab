import { openTrustHarness, type TrustHarness } from './test-harness';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/server/db/client';
import { KIND, type OrganizationRecord } from '../../model';
import { createPrng } from '../../random';
import { SANDBOX_DEFAULT_PROJECT_ID, SANDBOX_ORGANIZATION_ID } from '../../seed-ids';
import { coreSeeder } from '../../seeders/core';
import { trustSeeder } from '../../seeders/trust';
import { countObjects, findById, listObjects } from '../../store';
import { sandboxCall } from '../../test-server';
import { TRUST_KIND, type CertificateRecord, type ProjectApiKeyObject } from './kinds';
import { loadRoster } from './seed-roster';

const DAY = 86_400;
let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

const all = async <T>(kind: string, scope = '') =>
  (await listObjects<T>(h.handle.db, { kind, scope, direction: 'asc', limit: 100_000 })).map(
    (r) => r.data,
  );

describe('the trust seed', () => {
  it('has real certificates: one expiring within 30 days, one expired, the rest valid a year or more', async () => {
    const base = Math.floor(Date.now() / 1000 / DAY) * DAY;
    const certificates = await all<CertificateRecord>(TRUST_KIND.certificate);
    expect(certificates.length).toBeGreaterThanOrEqual(4);
    for (const c of certificates) {
      const x509 = new X509Certificate(c.certificate_details.content);
      expect(Math.floor(Date.parse(x509.validTo) / 1000)).toBe(c.certificate_details.expires_at);
      expect(x509.subject).toContain('Northwind Robotics');
      expect(c.created_at).toBeLessThan(base);
    }
    const left = certificates.map((c) => c.certificate_details.expires_at - base);
    expect(left.filter((s) => s > 0 && s <= 30 * DAY)).toHaveLength(1);
    expect(left.filter((s) => s <= 0)).toHaveLength(1);
    expect(left.filter((s) => s > 30 * DAY).every((s) => s >= 365 * DAY)).toBe(true);
    expect(certificates.some((c) => c.active)).toBe(true);
    const inProjects = await Promise.all(
      certificates.map((c) => findById(h.handle.db, TRUST_KIND.projectCertificate, c.id)),
    );
    expect(inProjects.flat().length).toBeGreaterThanOrEqual(3);
  });

  it('gives most active projects 1–3 service accounts and every active project 2–6 keys', async () => {
    const roster = await loadRoster(h.handle.db);
    let withAccounts = 0;
    for (const project of roster.activeProjects) {
      const accounts = await countObjects(h.handle.db, {
        kind: TRUST_KIND.projectServiceAccount,
        scope: project.id,
      });
      expect(accounts).toBeLessThanOrEqual(3);
      if (accounts > 0) withAccounts++;
      const keys = await countObjects(h.handle.db, {
        kind: TRUST_KIND.projectApiKey,
        scope: project.id,
      });
      expect(keys).toBeGreaterThanOrEqual(2);
      expect(keys).toBeLessThanOrEqual(6);
    }
    expect(withAccounts).toBeGreaterThan(roster.activeProjects.length / 2);
    for (const project of roster.projects.filter((p) => p.status === 'archived'))
      expect(
        await countObjects(h.handle.db, { kind: TRUST_KIND.projectApiKey, scope: project.id }),
      ).toBe(0);
  });

  it('answers every trust list', async () => {
    const p = SANDBOX_DEFAULT_PROJECT_ID;
    const paths = [
      '/organization/certificates?limit=100',
      '/organization/invites?limit=100',
      `/organization/projects/${p}/certificates?limit=100`,
      `/organization/projects/${p}/service_accounts?limit=100`,
      `/organization/projects/${p}/api_keys?limit=100`,
    ];
    for (const path of paths) expect((await sandboxCall(h.handle.db, { path })).status, path).toBe(200);
  });
});

describe('the large preset', () => {
  it('spreads 50,000 project API keys over the projects', async () => {
    const handle = await openDb({ memory: true });
    try {
      const base = Math.floor(Date.now() / 1000 / DAY) * DAY;
      const organization: OrganizationRecord = {
        id: SANDBOX_ORGANIZATION_ID,
        name: 'Northwind Robotics',
        base_time: base,
        default_project_id: SANDBOX_DEFAULT_PROJECT_ID,
        preset: 'large',
      };
      const ctx = (seed: number) => ({
        db: handle.db,
        organization,
        base,
        preset: 'large' as const,
        random: createPrng(seed),
      });
      await coreSeeder.run(ctx(1));
      await trustSeeder.run(ctx(2));
      const roster = await loadRoster(handle.db);
      let total = 0;
      for (const project of roster.projects)
        total += await countObjects(handle.db, {
          kind: TRUST_KIND.projectApiKey,
          scope: project.id,
        });
      expect(total).toBe(50_000);
      const sample = await listObjects<ProjectApiKeyObject>(handle.db, {
        kind: TRUST_KIND.projectApiKey,
        scope: SANDBOX_DEFAULT_PROJECT_ID,
        direction: 'asc',
        limit: 100,
      });
      expect(sample.length).toBeGreaterThan(0);
      expect(await countObjects(handle.db, { kind: KIND.user })).toBeGreaterThan(1_000);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
