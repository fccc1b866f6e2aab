import OpenAI, { APIConnectionError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { getSandboxAdminKey } from '../auth';
import { KIND, type ProjectObject, type UserObject } from '../model';
import { ensureSandboxSeeded, seedProjectId, seedUserId } from '../seed';
import { seedRows } from '../seed-rows';
import { countObjects, listObjects } from '../store';
import { sandboxCall } from '../test-server';
import { startSandboxHttpServer, type SandboxHttpServer } from './http-server';
import { checkSandboxEnv, prepareSandbox } from './startup';

let handle: DbHandle;
let server: SandboxHttpServer;
let key: string;
let client: OpenAI;
/** The seeded audit history, before any test changed anything. */
let seededAudit: string[];
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  seededAudit = (await listObjects<{ id: string }>(handle.db, { kind: KIND.auditLog, direction: 'asc', limit: 100_000 })).map((r) => r.id);
  server = await startSandboxHttpServer(handle.db);
  key = await getSandboxAdminKey(handle.db);
  client = new OpenAI({ adminAPIKey: key, apiKey: null, baseURL: server.baseURL, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await handle.close();
});

const control = async (action: string, init: { method?: string; body?: unknown; key?: string | null } = {}) => {
  const headers = new Headers({ 'content-type': 'application/json' });
  const bearer = init.key === undefined ? key : init.key;
  if (bearer !== null) headers.set('authorization', `Bearer ${bearer}`);
  const response = await fetch(`${server.controlURL}/${action}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
};
const all = async <T>(kind: string, scope = '') =>
  (await listObjects<T>(handle.db, { kind, scope, direction: 'asc', limit: 10_000 })).map((r) => r.data);

describe('the control API', () => {
  it('needs the sandbox admin key, and answers API-shaped 401/404/405', async () => {
    expect((await control('faults', { key: null })).status).toBe(401);
    expect((await control('reset', { method: 'POST', key: 'sk-admin-wrong-wrong-wrong' })).status).toBe(401);
    const unknown = await control('nope');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: { message: 'Invalid URL (GET /sandbox/control/nope)', type: 'invalid_request_error', param: null, code: null } });
    const wrongMethod = await control('reset');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(wrongMethod.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('sets the faults for a share of requests, which requests then meet', async () => {
    expect((await control('faults')).json).toEqual({ object: 'sandbox.faults', faults: '', source: 'none', rules: [] });
    const set = await control('faults', { method: 'POST', body: { faults: '503:1, latency=20:1' } });
    expect(set.json).toEqual({
      object: 'sandbox.faults',
      faults: '503:1,latency=20:1',
      source: 'setting',
      rules: [
        { fault: '503', share: 1 },
        { fault: 'latency=20', share: 1 },
      ],
    });
    await expect(client.admin.organization.projects.list()).rejects.toMatchObject({ status: 503 });
    // A request naming its own faults is not rolled: `none` opts out.
    await expect(
      client.admin.organization.projects.list({}, { headers: { 'x-sandbox-fault': 'none' } }),
    ).resolves.toBeTruthy();
    const off = await control('faults', { method: 'POST', body: { faults: '' } });
    expect(off.json).toMatchObject({ faults: '', source: 'setting' });
    await expect(client.admin.organization.projects.list()).resolves.toBeTruthy();
    expect((await control('faults', { method: 'POST', body: { faults: null } })).json).toMatchObject({ source: 'none' });
  });

  it('can aim one fault at the next mutation, which is then spent', async () => {
    await control('faults', { method: 'POST', body: { faults: 'reset-after-apply;method=POST;times=1:1' } });
    await expect(client.admin.organization.projects.list()).resolves.toBeTruthy();
    await expect(client.admin.organization.projects.create({ name: 'Aimed once' })).rejects.toBeInstanceOf(APIConnectionError);
    await expect(client.admin.organization.projects.create({ name: 'Aimed twice' })).resolves.toMatchObject({ name: 'Aimed twice' });
    const names = (await all<ProjectObject>(KIND.project)).map((p) => p.name);
    expect(names.filter((n) => n.startsWith('Aimed'))).toEqual(['Aimed once', 'Aimed twice']);
    await control('faults', { method: 'POST', body: { faults: null } });
  });

  it('adds a fault without re-arming or undoing the ones already set', async () => {
    await control('faults', { method: 'POST', body: { faults: '503;path=/organization/projects;method=POST;times=1:1' } });
    await expect(client.admin.organization.projects.create({ name: 'Added 1' })).rejects.toMatchObject({ status: 503 });
    const added = await control('faults', { method: 'POST', body: { add: '502;path=/organization/invites;times=1:1' } });
    expect(added.json).toMatchObject({ faults: '503;method=POST;path=/organization/projects;times=1:1,502;path=/organization/invites;times=1:1' });
    // The first fault stays spent; the added one hits its own path once.
    await expect(client.admin.organization.projects.create({ name: 'Added 2' })).resolves.toMatchObject({ name: 'Added 2' });
    await expect(client.admin.organization.invites.list()).rejects.toMatchObject({ status: 502 });
    await expect(client.admin.organization.invites.list()).resolves.toBeTruthy();
    const bad = await control('faults', { method: 'POST', body: { add: 'teapot:1' } });
    expect(bad.json.error).toMatchObject({ param: 'add' });
    await control('faults', { method: 'POST', body: { faults: null } });
  });

  it('refuses fault text that does not parse, naming the field', async () => {
    const bad = await control('faults', { method: 'POST', body: { faults: 'teapot:0.5' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ param: 'faults', message: expect.stringMatching(/Unknown fault "teapot"/) });
    expect((await control('faults', { method: 'POST', body: {} })).json.error).toMatchObject({ param: 'faults' });
    expect((await control('faults', { method: 'POST', body: [] })).status).toBe(400);
  });
});

describe('reset', () => {
  it('brings the seed back: changes, additions and their audit events are gone; the key stays', async () => {
    const created = await client.admin.organization.projects.create({ name: 'Before the reset' });
    await client.admin.organization.projects.update(seedProjectId('Warehouse Vision'), { name: 'Renamed' });
    await client.admin.organization.users.delete(seedUserId('Noah Kim'));
    expect(await countObjects(handle.db, { kind: KIND.auditLog })).toBeGreaterThan(seededAudit.length);

    const reset = await control('reset', { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(reset.json).toMatchObject({ object: 'sandbox.reset', preset: 'default', duration_ms: expect.any(Number) });

    const seeded = seedRows(reset.json.base_time as number);
    const seedOf = (kind: string) => seeded.filter((r) => r.kind === kind).map((r) => r.data);
    expect(await all<ProjectObject>(KIND.project)).toEqual(seedOf(KIND.project));
    const users = await all<UserObject>(KIND.user);
    expect(users).toEqual(seedOf(KIND.user));
    expect(users.map((u) => u.id)).toContain(seedUserId('Noah Kim'));
    expect((await all<{ id: string }>(KIND.auditLog)).map((e) => e.id)).toEqual(seededAudit);
    expect(await getSandboxAdminKey(handle.db)).toBe(key);
    await expect(client.admin.organization.projects.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe('start-up', () => {
  it('checks SANDBOX_FAULTS and SANDBOX_RESET_ON_START', () => {
    expect(checkSandboxEnv({})).toEqual({ resetOnStart: false });
    expect(checkSandboxEnv({ SANDBOX_RESET_ON_START: 'true', SANDBOX_FAULTS: '500:0.1' })).toEqual({ resetOnStart: true });
    expect(() => checkSandboxEnv({ SANDBOX_FAULTS: '500' })).toThrow(/^Configuration error: SANDBOX_FAULTS is not valid: "500" has no share/);
    expect(() => checkSandboxEnv({ SANDBOX_RESET_ON_START: 'maybe' })).toThrow(/SANDBOX_RESET_ON_START must be true or false/);
  });

  it('resets on start when asked, counting the seed back from today', async () => {
    const fresh = await openDb({ memory: true });
    try {
      await prepareSandbox(fresh.db);
      const created = await sandboxCall(fresh.db, { method: 'POST', path: '/organization/projects', body: { name: 'Gone after restart' } });
      expect(created.status).toBe(200);
      expect(await countObjects(fresh.db, { kind: KIND.project })).toBe(17);
      await prepareSandbox(fresh.db, { SANDBOX_RESET_ON_START: 'true' });
      expect(await countObjects(fresh.db, { kind: KIND.project })).toBe(16);
      const organization = await listObjects<{ base_time: number; seeders: string[] }>(fresh.db, { kind: KIND.organization, direction: 'asc', limit: 1 });
      expect(organization[0]?.data.base_time).toBe(Math.floor(Date.now() / 86_400_000) * 86_400);
      expect(organization[0]?.data.seeders).toContain('core');
    } finally {
      await fresh.close();
    }
  });
});
