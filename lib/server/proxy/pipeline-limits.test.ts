import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { createMatcher } from '@/lib/admin/match';
import { OPERATIONS } from '@/lib/admin/operations';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { ensureSandboxSeeded } from '@/lib/sandbox/seed';
import { startSandboxServer, type SandboxTestServer } from '@/lib/sandbox/test-server';
import { openDb, type DbHandle } from '../db/client';
import { journalEntry } from '../db/schema';
import { createUpstreamClient } from '../openai';
import { gateLoad, inUpstreamSlot, upstreamSlots } from '../upstream-gate';
import { MutationLimiter } from './mutation-limits';
import { handleAdminRequest, type ProxyDeps } from './pipeline';

// The mutation limits and the upstream cap on the real pipeline: against the sandbox through a
// relay that counts (and can hold) every call that reaches it.
const ORIGIN = 'http://console.test';
const match = createMatcher(OPERATIONS);

function relay() {
  const state = { target: '', calls: [] as string[], hold: null as Promise<void> | null };
  const server = http.createServer((req, res) => {
    state.calls.push(`${req.method} ${req.url}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      await state.hold;
      const forward = http.request(`${state.target}${req.url?.replace(/^\/v1/, '')}`, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  return {
    state,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`))),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function request(method: string, path: string, body?: unknown, userId = 'u1') {
  const headers = new Headers({ 'content-type': 'application/json', origin: ORIGIN, 'x-test-user': userId });
  return new Request(`${ORIGIN}/api/admin${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe('mutation limits on the admin proxy pipeline', () => {
  let handle: DbHandle;
  let sandbox: SandboxTestServer;
  let adminKey: string;
  let baseURL: string;
  const upstream = relay();
  const clock = { now: 1_000_000 };
  let limiter: MutationLimiter;

  function deps(overrides: Partial<ProxyDeps> = {}): ProxyDeps {
    return {
      match,
      lookupSession: async (headers) => ({
        session: { user: { id: headers.get('x-test-user') ?? 'u1', email: 'pat@example.com', name: 'Pat', role: 'admin' }, sessionId: 's1', signedInAt: new Date() },
        setCookies: [],
      }),
      getDb: async () => handle.db,
      getClient: async () => createUpstreamClient({ baseURL, adminKey }),
      allowedOrigins: [ORIGIN],
      upstream: { name: 'The sandbox organization', host: 'sandbox.test' },
      freshSignInMinutes: 10,
      limiter,
      ...overrides,
    };
  }
  const send = (req: Request, d = deps()) => handleAdminRequest(req, new URL(req.url).pathname.replace('/api/admin', '').split('/').filter(Boolean), d);
  const projectsNamed = async (name: string) => {
    const list = (await (await send(request('GET', '/organization/projects?limit=100&include_archived=true'))).json()) as { data: { name: string }[] };
    return list.data.filter((p) => p.name === name).length;
  };

  beforeAll(async () => {
    handle = await openDb({ memory: true });
    await ensureSandboxSeeded(handle.db);
    sandbox = await startSandboxServer(handle.db);
    adminKey = await getSandboxAdminKey(handle.db);
    upstream.state.target = sandbox.baseURL;
    baseURL = await upstream.start();
  });
  afterAll(async () => {
    await upstream.close();
    await sandbox.close();
    await handle.close();
  });
  beforeEach(() => {
    limiter = new MutationLimiter({ duplicateSeconds: 5, perMinute: 30 }, () => clock.now);
    upstream.state.calls = [];
    upstream.state.hold = null;
  });

  it('a double submission while the first is in flight: sent once, one project, the second told where to look', async () => {
    let release = () => {};
    upstream.state.hold = new Promise<void>((resolve) => (release = resolve));
    const first = send(request('POST', '/organization/projects', { name: 'Twice clicked' }));
    await vi.waitFor(() => expect(upstream.state.calls).toHaveLength(1));
    const second = await send(request('POST', '/organization/projects', { name: '  Twice clicked ' }));
    release();
    expect((await first).status).toBe(200);
    expect(second.status).toBe(409);
    const { error } = await second.json();
    const [entry] = await handle.db.select().from(journalEntry).orderBy(desc(journalEntry.id)).limit(1);
    expect(error).toMatchObject({ code: 'duplicate_submission', message: expect.stringContaining(`journal entry #${entry?.id}`) });
    expect(error.message).toContain('still in progress');
    expect(upstream.state.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
    expect(await projectsNamed('Twice clicked')).toBe(1);
    // Only the accepted change is journaled.
    expect(await handle.db.select().from(journalEntry).where(eq(journalEntry.operation, 'projects.create')).then((rows) => rows.filter((r) => (r.requestSummary as { name?: string }).name === 'Twice clicked').length)).toBe(1);
  });

  it('the same change after the window, or by another person, is sent', async () => {
    expect((await send(request('POST', '/organization/projects/proj_missing_x/archive'))).status).toBe(404); // failed upstream: free again at once
    expect((await send(request('POST', '/organization/projects/proj_missing_x/archive'))).status).toBe(404);
    expect((await send(request('POST', '/organization/projects', { name: 'Again later' }))).status).toBe(200);
    expect((await send(request('POST', '/organization/projects', { name: 'Again later' }))).status).toBe(409);
    expect((await send(request('POST', '/organization/projects', { name: 'Again later' }, 'u2'))).status).toBe(200);
    clock.now += 5_000;
    expect((await send(request('POST', '/organization/projects', { name: 'Again later' }))).status).toBe(200);
    expect(upstream.state.calls.filter((c) => c.startsWith('POST'))).toHaveLength(5);
    expect(await projectsNamed('Again later')).toBe(3);
  });

  it('reads are never refused as duplicates', async () => {
    for (let i = 0; i < 3; i++) expect((await send(request('GET', '/organization/projects?limit=1'))).status).toBe(200);
    expect(upstream.state.calls).toHaveLength(3);
  });

  it('a journal that cannot be written frees the change: nothing was sent, so the retry is not a duplicate', async () => {
    const broken = await openDb({ memory: true });
    await broken.close();
    const refused = await send(request('POST', '/organization/projects', { name: 'After the outage' }), deps({ getDb: async () => broken.db }));
    expect((await refused.json()).error.code).toBe('journal_unavailable');
    expect(upstream.state.calls).toHaveLength(0);
    const retried = await send(request('POST', '/organization/projects', { name: 'After the outage' }));
    expect(retried.status, await retried.clone().text()).toBe(200);
  });

  it('the per-user rate limit: refused with Retry-After before anything is sent, and not journaled', async () => {
    limiter = new MutationLimiter({ duplicateSeconds: 5, perMinute: 3 }, () => clock.now);
    const entriesBefore = (await handle.db.select().from(journalEntry)).length;
    for (let i = 0; i < 3; i++) expect((await send(request('POST', '/organization/projects', { name: `Burst ${i}` }))).status).toBe(200);
    const refused = await send(request('POST', '/organization/projects', { name: 'Burst 3' }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await refused.json()).error).toMatchObject({ code: 'change_rate_limited', retry_after_seconds: 60, message: expect.stringContaining('not sent') });
    expect(upstream.state.calls).toHaveLength(3);
    expect((await handle.db.select().from(journalEntry)).length - entriesBefore).toBe(3);
    expect(await projectsNamed('Burst 3')).toBe(0);
    clock.now += 60_000;
    expect((await send(request('POST', '/organization/projects', { name: 'Burst 3' }))).status).toBe(200);
  });

  it('the proxy’s calls take slots of the process-wide cap, and a change waits ahead of reads', async () => {
    const releases: (() => void)[] = [];
    const holders = Array.from({ length: upstreamSlots() }, () => inUpstreamSlot(() => new Promise<void>((resolve) => releases.push(resolve))));
    const read = send(request('GET', '/organization/projects?limit=1'));
    await vi.waitFor(() => expect(gateLoad().waiting).toBe(1));
    const change = send(request('POST', '/organization/projects', { name: 'Ahead of the read' }));
    await vi.waitFor(() => expect(gateLoad().waiting).toBe(2));
    expect(upstream.state.calls).toHaveLength(0);
    // One slot frees: the change takes it (held at the relay, so the read still waits for a slot).
    let answer = () => {};
    upstream.state.hold = new Promise<void>((resolve) => (answer = resolve));
    releases.shift()?.();
    await vi.waitFor(() => expect(upstream.state.calls).toHaveLength(1));
    expect(upstream.state.calls[0]).toMatch(/^POST /);
    expect(gateLoad()).toEqual({ active: upstreamSlots(), waiting: 1 });
    answer();
    for (const release of releases) release();
    await Promise.all(holders);
    expect((await read).status).toBe(200);
    expect((await change).status).toBe(200);
    expect(upstream.state.calls.map((c) => c.split(' ')[0])).toEqual(['POST', 'GET']);
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });
});
