import { collect, freshCertificate, openTrustHarness, type TrustHarness } from './test-harness';
import { BadRequestError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateKeyPem } from './x509-builder';
import { SANDBOX_DEFAULT_PROJECT_ID } from '../../seed';

let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

describe('organization certificates', () => {
  it('lists the seeded certificates newest first, page by page', async () => {
    const all = await collect(h.admin.certificates.list({ limit: 2 }));
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.every((c) => c.object === 'organization.certificate')).toBe(true);
    const created = all.map((c) => c.created_at);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const ascending = await collect(h.admin.certificates.list({ limit: 3, order: 'asc' }));
    expect(ascending.map((c) => c.id)).toEqual(all.map((c) => c.id).reverse());
    expect(all.some((c) => c.active)).toBe(true);
    expect(all.some((c) => !c.active)).toBe(true);
  });

  it('uploads a real certificate, read from the PEM itself', async () => {
    const validFrom = now() - 3 * DAY;
    const validTo = now() + 500 * DAY;
    const { pem } = freshCertificate('upload.test', validFrom, validTo);
    const created = await h.admin.certificates.create({ certificate: pem, name: 'Upload test' });
    expect(created).toMatchObject({
      object: 'certificate',
      name: 'Upload test',
      certificate_details: { valid_at: validFrom, expires_at: validTo, content: pem },
    });
    expect(created.id).toMatch(/^cert_[A-Za-z0-9]{24}$/);
    expect(created).not.toHaveProperty('active');
    expect(await h.lastAudit('certificate.created')).toMatchObject({
      'certificate.created': { id: created.id, name: 'Upload test' },
    });

    const plain = await h.admin.certificates.retrieve(created.id);
    expect(plain.certificate_details).toEqual({ valid_at: validFrom, expires_at: validTo });
    const withContent = await h.admin.certificates.retrieve(created.id, { include: ['content'] });
    expect(withContent.certificate_details.content).toBe(pem);

    const renamed = await h.admin.certificates.update(created.id, { name: 'Renamed' });
    expect(renamed).toMatchObject({ id: created.id, name: 'Renamed', object: 'certificate' });
    expect(await h.lastAudit('certificate.updated')).toMatchObject({
      'certificate.updated': { id: created.id, name: 'Renamed' },
    });

    const listed = (await h.admin.certificates.list({ limit: 1 })).data[0];
    expect(listed).toMatchObject({ id: created.id, active: false, name: 'Renamed' });
  });

  it('refuses a private key, several certificates, garbage, an expired or oversized certificate', async () => {
    const cert = freshCertificate('refusals.test');
    const cases: [string, RegExp][] = [
      [`${cert.pem}${privateKeyPem(cert)}`, /private key/],
      [privateKeyPem(cert), /private key/],
      [`${cert.pem}${freshCertificate('second.test').pem}`, /2 certificates/],
      [
        '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n',
        /could not be parsed/,
      ],
      ['hello', /not a valid PEM/],
      [freshCertificate('expired.test', now() - 400 * DAY, now() - DAY).pem, /expired/],
      [`${cert.pem}${'x'.repeat(70_000)}`, /too long/],
    ];
    for (const [certificate, message] of cases) {
      const attempt = h.admin.certificates.create({ certificate });
      await expect(attempt).rejects.toBeInstanceOf(BadRequestError);
      await expect(attempt).rejects.toMatchObject({ status: 400, param: 'certificate' });
      await expect(attempt).rejects.toThrow(message);
    }
  });

  it('refuses the same certificate twice and the 51st certificate', async () => {
    const { pem } = freshCertificate('twice.test');
    await h.admin.certificates.create({ certificate: pem });
    await expect(h.admin.certificates.create({ certificate: pem })).rejects.toThrow(
      /already been uploaded/,
    );
    const count = (await collect(h.admin.certificates.list({ limit: 100 }))).length;
    const fillers: string[] = [];
    for (let i = count; i < 50; i++) {
      const certificate = freshCertificate(`filler-${i}.test`).pem;
      fillers.push((await h.admin.certificates.create({ certificate })).id);
    }
    const over = h.admin.certificates.create({ certificate: freshCertificate('51st.test').pem });
    await expect(over).rejects.toMatchObject({ status: 400, code: 'certificate_limit_reached' });
    expect((await collect(h.admin.certificates.list({ limit: 100 }))).length).toBe(50);
    for (const id of fillers) await h.admin.certificates.delete(id);
  });

  it('deletes only certificates inactive everywhere, and 404s unknown ids', async () => {
    const { pem } = freshCertificate('delete.test');
    const { id } = await h.admin.certificates.create({ certificate: pem });
    await h.admin.projects.certificates.activate(SANDBOX_DEFAULT_PROJECT_ID, {
      certificate_ids: [id],
    });
    await expect(h.admin.certificates.delete(id)).rejects.toThrow(/active for project/);
    await h.admin.projects.certificates.deactivate(SANDBOX_DEFAULT_PROJECT_ID, {
      certificate_ids: [id],
    });
    await h.admin.certificates.activate({ certificate_ids: [id] });
    await expect(h.admin.certificates.delete(id)).rejects.toThrow(/active for the organization/);
    await h.admin.certificates.deactivate({ certificate_ids: [id] });
    expect(await h.admin.certificates.delete(id)).toEqual({ id, object: 'certificate.deleted' });
    expect(await h.lastAudit('certificate.deleted')).toMatchObject({
      'certificate.deleted': { id },
    });
    await expect(h.admin.certificates.retrieve(id)).rejects.toMatchObject({
      status: 404,
      param: 'certificate_id',
    });
  });
});
