import { collect, openTrustHarness, type TrustHarness } from './test-harness';
import { NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProjectId } from '../../seed';

let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

describe('certificate activation for the organization', () => {
  it('activates and deactivates for the organization, atomically and idempotently', async () => {
    const [a, b] = (await h.admin.certificates.list({ limit: 2 })).data;
    if (!a || !b) throw new Error('need certificates');
    const page = await h.admin.certificates.activate({ certificate_ids: [a.id, b.id, a.id] });
    expect(page.data.map((c) => [c.id, c.active, c.object])).toEqual([
      [a.id, true, 'organization.certificate'],
      [b.id, true, 'organization.certificate'],
    ]);
    expect(await h.lastAudit('certificates.activated')).toMatchObject({
      'certificates.activated': { certificates: [{ id: a.id }, { id: b.id }] },
    });
    expect((await h.admin.certificates.activate({ certificate_ids: [a.id] })).data[0]?.active).toBe(
      true,
    );
    const missing = h.admin.certificates.deactivate({ certificate_ids: [a.id, 'cert_missing'] });
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.admin.certificates.list({ limit: 1 })).data[0]?.active).toBe(true);
    const off = await h.admin.certificates.deactivate({ certificate_ids: [a.id, b.id] });
    expect(off.data.every((c) => !c.active)).toBe(true);
    expect(await h.lastAudit('certificates.deactivated')).toBeDefined();
  });
});

describe('project certificates', () => {
  it('lists every certificate with whether it is active in the project', async () => {
    const project = seedProjectId('Warehouse Vision');
    const listed = await collect(h.admin.projects.certificates.list(project, { limit: 7 }));
    expect(listed.length).toBe((await collect(h.admin.certificates.list({ limit: 100 }))).length);
    expect(listed.every((c) => c.object === 'organization.project.certificate')).toBe(true);
    expect(listed.filter((c) => c.active).map((c) => c.name)).toEqual([
      'Warehouse Vision edge devices',
    ]);
  });

  it('activates and deactivates per project, leaving the organization and other projects alone', async () => {
    const project = seedProjectId('Docs Translation');
    const target = (await h.admin.certificates.list({ limit: 1 })).data[0];
    if (!target) throw new Error('no certificate');
    const on = await h.admin.projects.certificates.activate(project, {
      certificate_ids: [target.id],
    });
    expect(on.object).toBe('organization.project.certificate.activation');
    expect(on.data).toMatchObject([
      { id: target.id, active: true, object: 'organization.project.certificate' },
    ]);
    expect(await h.lastAudit('certificates.activated')).toMatchObject({ project: { id: project } });
    const inProject = await collect(h.admin.projects.certificates.list(project, { limit: 100 }));
    expect(inProject.find((c) => c.id === target.id)?.active).toBe(true);
    const elsewhere = await collect(
      h.admin.projects.certificates.list(seedProjectId('Developer Copilot')),
    );
    expect(elsewhere.find((c) => c.id === target.id)?.active).toBe(false);
    expect((await h.admin.certificates.list({ limit: 1 })).data[0]?.active).toBe(target.active);
    const off = await h.admin.projects.certificates.deactivate(project, {
      certificate_ids: [target.id],
    });
    expect(off.object).toBe('organization.project.certificate.deactivation');
    expect(off.data[0]?.active).toBe(false);
  });

  it('refuses changes in an archived project and 404s an unknown one', async () => {
    const [cert] = (await h.admin.certificates.list({ limit: 1 })).data;
    const archived = seedProjectId('Hackathon 2024');
    await expect(
      h.admin.projects.certificates.activate(archived, { certificate_ids: [cert?.id ?? ''] }),
    ).rejects.toThrow(/archived/);
    await expect(h.admin.projects.certificates.list('proj_unknown')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
