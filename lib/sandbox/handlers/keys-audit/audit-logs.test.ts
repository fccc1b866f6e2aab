import { BadRequestError } from 'openai';
import type { AuditLogListParams } from 'openai/resources/admin/organization/audit-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLogObject } from '../../audit';
import { SANDBOX_KEY_ID } from '../../auth';
import { KIND } from '../../model';
import { countObjects } from '../../store';
import { seedProjectId, seedUserId } from '../../seed';
import { openTestSandbox, type TestSandbox } from './test-support';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await openTestSandbox();
});
afterAll(() => sandbox.close());

const logs = () => sandbox.client.admin.organization.auditLogs;

async function all(params: AuditLogListParams = {}): Promise<AuditLogObject[]> {
  const entries: AuditLogObject[] = [];
  for await (const entry of logs().list({ limit: 100, ...params })) entries.push(entry);
  return entries;
}

const isNewestFirst = (entries: AuditLogObject[]) =>
  entries.every((entry, i) => i === 0 || (entries[i - 1]?.effective_at ?? 0) >= entry.effective_at);

describe('the audit log through the SDK', () => {
  it('walks every page newest first, without repeats, and leaves tenant events out', async () => {
    const entries = await all();
    const stored = await countObjects(sandbox.handle.db, { kind: KIND.auditLog });
    const tenant = entries.filter((entry) => entry.type.startsWith('tenant.'));
    expect(tenant).toEqual([]);
    expect(entries.length).toBeGreaterThan(1000);
    expect(entries.length).toBeLessThanOrEqual(stored);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(entries.every((entry) => /^audit_log-[A-Za-z0-9]{24}$/.test(entry.id))).toBe(true);
    expect(isNewestFirst(entries)).toBe(true);
  });

  it('answers pages shaped as the API does, with before paging back', async () => {
    const first = await logs().list({ limit: 5 });
    const second = await logs().list({ limit: 5, after: first.data.at(-1)?.id });
    expect(first.has_more).toBe(true);
    const body = (await logs()
      .list({ limit: 5 })
      .asResponse()
      .then((r) => r.json())) as Record<string, unknown>;
    expect(body).toMatchObject({
      object: 'list',
      first_id: first.data[0]?.id,
      last_id: first.data[4]?.id,
      has_more: true,
    });
    const back = await logs().list({ limit: 5, before: second.data[0]?.id });
    expect(back.data.map((e) => e.id)).toEqual(first.data.map((e) => e.id));
    await expect(logs().list({ after: 'audit_log-doesnotexist' })).rejects.toMatchObject({
      status: 400,
      param: 'after',
    });
    await expect(logs().list({ limit: 101 })).rejects.toMatchObject({
      status: 400,
      param: 'limit',
    });
  });

  it('filters by event type', async () => {
    const entries = await all({ event_types: ['project.created', 'project.archived'] });
    expect(new Set(entries.map((e) => e.type))).toEqual(
      new Set(['project.created', 'project.archived']),
    );
    expect(entries.filter((e) => e.type === 'project.archived')).toHaveLength(3);
    await expect(
      logs().list({ event_types: ['tenant.group.member.added'] }),
    ).rejects.toBeInstanceOf(BadRequestError);
    const tenant = await all({ tenant_only: true });
    expect(tenant.every((e) => e.type.startsWith('tenant.'))).toBe(true);
  });

  it('filters by project', async () => {
    const project = seedProjectId('Warehouse Vision');
    const entries = await all({ project_ids: [project] });
    expect(entries.length).toBeGreaterThan(2);
    expect(entries.every((e) => e.project?.id === project)).toBe(true);
    expect(entries.at(-1)?.type).toBe('project.created');
  });

  it('filters by actor id (the person, or the key) and by actor email', async () => {
    const ava = seedUserId('Ava Thompson');
    const byAva = await all({ actor_ids: [ava] });
    expect(byAva.length).toBeGreaterThan(10);
    expect(
      byAva.every((e) => (e.actor?.session?.user?.id ?? e.actor?.api_key?.user?.id) === ava),
    ).toBe(true);
    const byConsoleKey = await all({ actor_ids: [SANDBOX_KEY_ID] });
    expect(byConsoleKey.every((e) => e.actor?.api_key?.id === SANDBOX_KEY_ID)).toBe(true);
    const byEmail = await all({ actor_emails: ['AVA.THOMPSON@northwind-robotics.com'] });
    expect(byEmail.map((e) => e.id)).toEqual(byAva.map((e) => e.id));
  });

  it('filters by resource: the id inside the event, or among the objects it lists', async () => {
    const project = seedProjectId('Hackathon 2024');
    const entries = await all({ resource_ids: [project] });
    expect(entries.map((e) => e.type).sort()).toEqual(['project.archived', 'project.created']);
    const activation = (await all({ event_types: ['certificates.activated'] }))[0];
    const certificate = activation?.['certificates.activated']?.certificates?.[0]?.id;
    if (!certificate) throw new Error('no certificate activation seeded');
    const forCertificate = await all({ resource_ids: [certificate] });
    expect(forCertificate.map((e) => e.type)).toEqual(
      expect.arrayContaining(['certificate.created', 'certificates.activated']),
    );
  });

  it('filters by effective_at bounds', async () => {
    const newest = (await logs().list({ limit: 40 })).data;
    const pivot = newest[20]?.effective_at ?? 0;
    const after = await all({ effective_at: { gt: pivot } });
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((e) => e.effective_at > pivot)).toBe(true);
    const upTo = await logs().list({ effective_at: { lte: pivot }, limit: 5 });
    expect(upTo.data.every((e) => e.effective_at <= pivot)).toBe(true);
    const window = await all({ effective_at: { gte: pivot - 86_400 * 7, lt: pivot } });
    expect(
      window.every((e) => e.effective_at >= pivot - 86_400 * 7 && e.effective_at < pivot),
    ).toBe(true);
  });

  it('combines filters', async () => {
    const logins = await all({
      event_types: ['login.failed'],
      actor_ids: [seedUserId('Ava Thompson')],
    });
    expect(logins.length).toBeGreaterThanOrEqual(3);
    expect(logins.some((e) => e.actor?.session?.ip_address === '192.0.2.77')).toBe(true);
  });
});
