import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditLogObject } from '../../audit';
import { SANDBOX_KEY_ID } from '../../auth';
import { KIND, type ProjectObject, type UserObject } from '../../model';
import { sandboxObject as t } from '../../schema';
import { ensureSandboxSeeded, type SandboxOrganization } from '../../seed';
import { TRUST_KIND, type ProjectApiKeyObject } from '../trust/kinds';
import { type AdminAPIKeyObject, KEYS_AUDIT_KIND } from './kinds';
import { readKind } from './seed-events';
import { LOGIN_DAYS } from './seed-story-logins';

const DAY = 86_400;

let handle: DbHandle;
let organization: SandboxOrganization;
let log: { seq: number; data: AuditLogObject }[];
beforeAll(async () => {
  handle = await openDb({ memory: true });
  organization = await ensureSandboxSeeded(handle.db);
  const rows = await handle.db
    .select()
    .from(t)
    .where(eq(t.kind, KIND.auditLog))
    .orderBy(asc(t.seq));
  log = rows.map((row) => ({ seq: row.seq, data: row.data as unknown as AuditLogObject }));
});
afterAll(() => handle.close());

const ofType = (type: string) => log.map((row) => row.data).filter((entry) => entry.type === type);
const detail = (entry: AuditLogObject) =>
  (entry as unknown as Record<string, { id?: string }>)[entry.type];

describe('the seeded keys and history', () => {
  it('seeds three admin keys of the founders with varied last use, and the console key', async () => {
    const keys = (await readKind<AdminAPIKeyObject>(handle.db, KEYS_AUDIT_KIND.adminApiKey)).map(
      (r) => r.data,
    );
    expect(keys.map((k) => k.name)).toEqual([
      'Okta provisioning (retired)',
      'Terraform automation',
      'Finance cost export',
      'Sandbox console key',
    ]);
    expect(keys.at(-1)?.id).toBe(SANDBOX_KEY_ID);
    const lastUses = keys.slice(0, 3).map((k) => organization.baseTime - (k.last_used_at ?? 0));
    expect(lastUses.some((idle) => idle < DAY)).toBe(true);
    expect(lastUses.some((idle) => idle > 60 * DAY)).toBe(true);
    expect(
      keys.every((k) => k.owner.role === 'owner' && k.created_at <= organization.baseTime),
    ).toBe(true);
    // Seeded keys have no secret: nobody knows their values.
    expect(await readKind(handle.db, KEYS_AUDIT_KIND.adminApiKeySecret)).toEqual([]);
  });

  it('keeps the log in time order, everything before the seeding day', () => {
    expect(log.length).toBeGreaterThan(1000);
    expect(
      log.every(
        (row, i) => i === 0 || (log[i - 1]?.data.effective_at ?? 0) <= row.data.effective_at,
      ),
    ).toBe(true);
    expect(log.every((row) => row.data.effective_at <= organization.baseTime)).toBe(true);
    expect(new Set(log.map((row) => row.data.id)).size).toBe(log.length);
  });

  it('tells when each project was created and archived', async () => {
    const projects = (await readKind<ProjectObject>(handle.db, KIND.project)).map((r) => r.data);
    const created = new Map(ofType('project.created').map((e) => [detail(e)?.id, e.effective_at]));
    const archived = new Map(
      ofType('project.archived').map((e) => [detail(e)?.id, e.effective_at]),
    );
    for (const project of projects) {
      expect(created.get(project.id)).toBe(project.created_at);
      expect(archived.get(project.id)).toBe(project.archived_at ?? undefined);
    }
  });

  it('has everyone but the founders invited before they joined', async () => {
    const users = (await readKind<UserObject>(handle.db, KIND.user)).map((r) => r.data);
    const sent = new Map(ofType('invite.sent').map((e) => [detail(e)?.id, e]));
    const joinedBy = new Map(ofType('invite.accepted').map((e) => [e.actor?.session?.user?.id, e]));
    const founded = users[0]?.added_at ?? 0;
    const joiners = users.filter((user) => user.added_at > founded + DAY);
    expect(joiners.length).toBeGreaterThan(30);
    for (const user of joiners) {
      const accepted = joinedBy.get(user.id);
      if (!accepted) throw new Error(`no invite.accepted for ${user.name}`);
      expect(accepted.effective_at).toBe(user.added_at);
      expect(sent.get(detail(accepted)?.id)?.effective_at).toBeLessThan(user.added_at);
    }
  });

  it('logs project API keys and service accounts where they live, when they were made', async () => {
    const keys = await readKind<ProjectApiKeyObject>(handle.db, TRUST_KIND.projectApiKey);
    const events = new Map(ofType('api_key.created').map((e) => [detail(e)?.id, e]));
    for (const { scope, data } of keys) {
      expect(events.get(data.id)).toMatchObject({
        effective_at: data.created_at,
        project: { id: scope },
      });
    }
    expect(ofType('service_account.created').length).toBeGreaterThan(0);
  });

  it(`has sign-ins over the last ${LOGIN_DAYS} days, a few failed`, () => {
    const logins = ofType('login.succeeded');
    const failures = ofType('login.failed');
    expect(logins.length).toBeGreaterThan(500);
    expect(failures.length).toBeGreaterThanOrEqual(3);
    const oldest = Math.min(...logins.map((e) => e.effective_at));
    expect(organization.baseTime - oldest).toBeGreaterThan(90 * DAY);
    for (const entry of [...logins, ...failures]) {
      expect(entry.actor?.type).toBe('session');
      expect(entry.actor?.session).toMatchObject({
        user: { id: expect.any(String), email: expect.any(String) },
        ip_address: expect.any(String),
        user_agent: expect.any(String),
      });
    }
    expect(failures.every((e) => typeof e['login.failed']?.error_code === 'string')).toBe(true);
  });

  it('covers the story of every family', () => {
    const types = new Set(log.map((row) => row.data.type));
    for (const type of [
      'project.created',
      'project.archived',
      'invite.sent',
      'invite.accepted',
      'user.added',
      'user.updated',
      'api_key.created',
      'service_account.created',
      'certificate.created',
      'certificates.activated',
      'rate_limit.updated',
      'login.succeeded',
      'login.failed',
    ])
      expect(types, type).toContain(type);
  });
});
