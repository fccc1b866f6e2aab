import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { createMatcher } from '@/lib/admin/match';
import type { ConsoleRole } from '@/lib/admin/operation';
import { OPERATIONS } from '@/lib/admin/operations';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { ensureSandboxSeeded } from '@/lib/sandbox/seed';
import { startSandboxServer, type SandboxTestServer } from '@/lib/sandbox/test-server';
import { openDb, type DbHandle } from '../db/client';
import { journalEntry } from '../db/schema';
import { createUpstreamClient } from '../openai';
import { summarizeRequest } from '../journal/journal';
import { handleAdminRequest, type ProxyDeps } from './pipeline';

const ORIGIN = 'http://console.test';
const match = createMatcher(OPERATIONS);

/** A scripted upstream: answers each request with `reply`, and counts what reached it. */
type Reply = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function scriptedUpstream() {
  const state: { calls: number; methods: string[]; reply: Reply } = { calls: 0, methods: [], reply: (_req, res) => void res.end('{}') };
  const server = http.createServer((req, res) => {
    state.calls++;
    state.methods.push(req.method ?? '');
    req.resume();
    req.on('end', () => state.reply(req, res));
  });
  // Keep idle connections longer than any test: a socket the server closes after its default 5 s
  // may be reused by the client just then, and a change sent on it reads as a dropped connection.
  server.keepAliveTimeout = 120_000;
  return {
    state,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`))),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function apiError(status: number, message: string, headers: Record<string, string> = {}) {
  return (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${status}`, ...headers });
    res.end(JSON.stringify({ error: { message, type: 'error', param: null, code: null } }));
  };
}

function request(method: string, path: string, init: { body?: unknown; origin?: string | null; headers?: Record<string, string>; rawBody?: string } = {}) {
  const headers = new Headers({ 'content-type': 'application/json', ...init.headers });
  if (init.origin !== null) headers.set('origin', init.origin ?? ORIGIN);
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new Request(`${ORIGIN}/api/admin${path}`, { method, headers, body: method === 'GET' ? undefined : body });
}

// Next hands the route its path segments decoded; do the same.
const segments = (path: string) => path.split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);

describe('admin proxy pipeline', () => {
  let handle: DbHandle;
  let sandbox: SandboxTestServer;
  const upstream = scriptedUpstream();
  let scriptedUrl: string;
  let role: ConsoleRole | null = 'admin';

  function deps(overrides: Partial<ProxyDeps> & { baseURL?: string; adminKey?: string } = {}): ProxyDeps {
    const { baseURL = scriptedUrl, adminKey = 'sk-admin-test-key-123', ...rest } = overrides;
    return {
      match,
      lookupSession: async () => ({
        session: role ? { user: { id: 'u1', email: 'pat@example.com', name: 'Pat', role }, sessionId: 's1', signedInAt: new Date() } : null,
        setCookies: [],
      }),
      getDb: async () => handle.db,
      getClient: async () => createUpstreamClient({ baseURL, adminKey }),
      allowedOrigins: [ORIGIN],
      freshSignInMinutes: 10,
      upstream: { name: 'OpenAI', host: 'api.openai.test' },
      ...rest,
    };
  }
  const send = (req: Request, d = deps()) => handleAdminRequest(req, segments(new URL(req.url).pathname.replace('/api/admin', '')), d);

  beforeAll(async () => {
    handle = await openDb({ memory: true });
    await ensureSandboxSeeded(handle.db);
    sandbox = await startSandboxServer(handle.db);
    scriptedUrl = await upstream.start();
  });
  afterAll(async () => {
    await upstream.close();
    await sandbox.close();
    await handle.close();
  });
  beforeEach(() => {
    role = 'admin';
    upstream.state.calls = 0;
    upstream.state.methods = [];
    upstream.state.reply = (_req, res) => void res.end('{}');
  });

  describe('refuses before anything is sent', () => {
    it.each([
      ['an unknown operation', () => request('GET', '/organization/nothing-here'), 404, 'not_found'],
      ['a foreign Origin', () => request('POST', '/organization/projects', { body: { name: 'X' }, origin: 'https://evil.example' }), 403, 'cross_origin'],
      ['Origin: null', () => request('POST', '/organization/projects', { body: { name: 'X' }, origin: 'null' }), 403, 'cross_origin'],
      ['no Origin', () => request('POST', '/organization/projects', { body: { name: 'X' }, origin: null }), 403, 'cross_origin'],
      ['cross-site fetch metadata', () => request('POST', '/organization/projects', { body: { name: 'X' }, headers: { 'sec-fetch-site': 'cross-site' } }), 403, 'cross_origin'],
      ['a form body', () => request('POST', '/organization/projects', { rawBody: 'name=X', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'invalid_request'],
      ['malformed JSON', () => request('POST', '/organization/projects', { rawBody: '{"name":' }), 400, 'invalid_request'],
      ['an empty name', () => request('POST', '/organization/projects', { body: { name: '  ' } }), 400, 'invalid_request'],
      ['an unknown body field', () => request('POST', '/organization/projects', { body: { name: 'X', owner: 'me' } }), 400, 'invalid_request'],
      ['an oversized body', () => request('POST', '/organization/projects', { body: { name: 'x'.repeat(300_000) } }), 400, 'invalid_request'],
      ['a malformed path id', () => request('GET', '/organization/projects/proj$1'), 400, 'invalid_request'],
      ['a dot-dot path, normalised away', () => request('GET', '/organization/projects/../../admin_api_keys'), 404, 'not_found'],
      ['an id smuggling a path', () => request('GET', '/organization/projects/proj_x%2F..%2F..%2Fadmin_api_keys'), 400, 'invalid_request'],
      ['an out-of-range limit', () => request('GET', '/organization/projects?limit=0'), 400, 'invalid_request'],
      ['an unknown query parameter', () => request('GET', '/organization/projects?evil=1'), 400, 'invalid_request'],
      // Found by the suite's fuzzing: on a plain object `__proto__` vanished, and the request went out.
      ['a __proto__ query parameter', () => request('GET', '/organization/projects?__proto__=1'), 400, 'invalid_request'],
      ['a __proto__[] query parameter on a change that takes none', () => request('DELETE', '/organization/invites/invite_1?__proto__[]=x'), 400, 'invalid_request'],
      ['a __proto__ query parameter, which zod would drop', () => request('DELETE', '/organization/projects/proj_1/groups/group_1?__proto__=1'), 400, 'invalid_request'],
      ['a __proto__ query parameter on a strict list query', () => request('GET', '/organization/admin_api_keys?__proto__=true'), 400, 'invalid_request'],
    ])('%s', async (_what, make, status, code) => {
      const response = await send(make());
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
      expect(upstream.state.calls).toBe(0);
    });

    it('names the invalid field', async () => {
      const response = await send(request('GET', '/organization/projects?limit=500'));
      expect((await response.json()).error).toMatchObject({ param: 'limit' });
    });

    it('without a session', async () => {
      role = null;
      const response = await send(request('GET', '/organization/projects'));
      expect(response.status).toBe(401);
      expect(upstream.state.calls).toBe(0);
    });

    it.each([
      ['invite someone as owner', () => request('POST', '/organization/invites', { body: { email: 'x@example.com', role: 'owner' } })],
      ['invite someone as a project owner', () => request('POST', '/organization/invites', { body: { email: 'x@example.com', role: 'reader', projects: [{ id: 'proj_a', role: 'owner' }] } })],
      ['make a user an organization owner', () => request('POST', '/organization/users/user-abc', { body: { role: 'owner' } })],
      ['give a user an arbitrary role id', () => request('POST', '/organization/users/user-abc', { body: { role_id: 'role_admin' } })],
      ['make a project member an owner', () => request('POST', '/organization/projects/proj_a/users/user-abc', { body: { role: 'owner' } })],
      ['assign an organization role', () => request('POST', '/organization/users/user-abc/roles', { body: { role_id: 'role_x' } })],
      ['assign a role to a group', () => request('POST', '/organization/groups/group_a/roles', { body: { role_id: 'role_x' } })],
      ['assign a project role', () => request('POST', '/projects/proj_a/users/user-abc/roles', { body: { role_id: 'role_x' } })],
    ])('an operator may not %s', async (_what, make) => {
      role = 'operator';
      const response = await send(make());
      expect(response.status).toBe(403);
      expect((await response.json()).error.message).toContain('admin');
      expect(upstream.state.calls).toBe(0);
    });

    it('an operator may still invite a reader and add a project member', async () => {
      role = 'operator';
      expect((await send(request('POST', '/organization/invites', { body: { email: 'x@example.com', role: 'reader' } }))).status).toBe(200);
      expect((await send(request('POST', '/organization/projects/proj_a/users', { body: { user_id: 'user-abc', role: 'member' } }))).status).toBe(200);
      expect(upstream.state.calls).toBe(2);
    });

    it('refuses a DNS-rebinding page whose Host and Origin are both the attacker’s', async () => {
      const response = await send(request('POST', '/organization/projects', { body: { name: 'X' }, origin: 'http://evil.example:3000', headers: { host: 'evil.example:3000' } }));
      expect(response.status).toBe(403);
      expect(upstream.state.calls).toBe(0);
    });

    it('answers in JSON when the session store is down', async () => {
      const response = await send(request('GET', '/organization/projects'), deps({ lookupSession: () => Promise.reject(new Error('connection refused')) }));
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('console_unavailable');
      expect(upstream.state.calls).toBe(0);
    });

    it('for a role below the operation’s', async () => {
      role = 'viewer';
      const create = await send(request('POST', '/organization/projects', { body: { name: 'X' } }));
      expect(create.status).toBe(403);
      expect((await create.json()).error.message).toMatch(/viewer.*operator/);
      role = 'operator';
      const deleteKey = await send(request('DELETE', '/organization/admin_api_keys/key_abc'));
      expect(deleteKey.status).toBe(403);
      expect(upstream.state.calls).toBe(0);
    });

    it('deleting the admin key the console itself uses', async () => {
      const d = deps({ consoleKeyIds: async () => ['key_console'] });
      const own = await send(request('DELETE', '/organization/admin_api_keys/key_console'), d);
      expect(own.status).toBe(409);
      expect((await own.json()).error).toMatchObject({ code: 'console_key', message: expect.stringMatching(/cut the console off/) });
      expect(upstream.state.calls).toBe(0);
    });
  });

  describe('against the sandbox over HTTP', () => {
    it('reads and creates through the SDK, journaling the change with the upstream request id', async () => {
      const d = deps({ baseURL: sandbox.baseURL, adminKey: await getSandboxAdminKey(handle.db) });
      const list = await send(request('GET', '/organization/projects?limit=2'), d);
      expect(list.status).toBe(200);
      expect(list.headers.get('cache-control')).toBe('no-store');
      const page = await list.json();
      expect(page).toMatchObject({ object: 'list', has_more: true });
      expect(page.data).toHaveLength(2);

      const created = await send(request('POST', '/organization/projects', { body: { name: '  Payments  ' } }), d);
      expect(created.status).toBe(200);
      const project = await created.json();
      expect(project).toMatchObject({ object: 'organization.project', name: 'Payments', status: 'active' });
      const [entry] = await handle.db.select().from(journalEntry).orderBy(desc(journalEntry.id)).limit(1);
      expect(entry).toMatchObject({ operation: 'projects.create', outcome: 'succeeded', httpStatus: 200, userEmail: 'pat@example.com', requestSummary: { name: 'Payments' } });
      expect(entry?.upstreamRequestId).toBe(created.headers.get('x-upstream-request-id'));
      expect(entry?.upstreamRequestId).toMatch(/^req_/);
    });

    it('passes on the API’s own refusal with its message', async () => {
      const d = deps({ baseURL: sandbox.baseURL, adminKey: await getSandboxAdminKey(handle.db) });
      const response = await send(request('GET', '/organization/projects/proj_doesnotexist'), d);
      expect(response.status).toBe(404);
      expect((await response.json()).error).toMatchObject({ code: 'not_found', message: expect.stringContaining('proj_doesnotexist') });
    });
  });

  describe('maps upstream failures', () => {
    it('401 from upstream: the admin key was rejected, and no part of it is repeated', async () => {
      upstream.state.reply = apiError(401, 'Incorrect API key provided: sk-admin-***************9876. You can find your API key at …');
      const response = await send(request('GET', '/organization/projects'));
      expect(response.status).toBe(502);
      const { error } = await response.json();
      expect(error.code).toBe('upstream_auth');
      expect(error.message).toContain("organization's admin key was rejected");
      expect(error.upstream_request_id).toBe('req_401');
      expect(JSON.stringify(error)).not.toContain('9876');
    });

    it('a refusal that quotes a key is passed on with the key redacted', async () => {
      upstream.state.reply = apiError(400, 'Key sk-proj-abcdef123456 is not allowed here');
      const { error } = await (await send(request('GET', '/organization/projects'))).json();
      expect(error.message).toBe('Key [redacted key] is not allowed here');
    });

    it('429 on a change: says how long to wait, and is not retried', async () => {
      upstream.state.reply = apiError(429, 'Rate limit reached', { 'retry-after': '7' });
      const response = await send(request('POST', '/organization/projects', { body: { name: 'X' } }));
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect((await response.json()).error).toMatchObject({ code: 'rate_limited', retry_after_seconds: 7, message: expect.stringContaining('in 7 s') });
      expect(upstream.state.calls).toBe(1);
    });

    it('500 on a read: retried by the SDK, then a 502 with the request id', async () => {
      upstream.state.reply = apiError(500, 'boom');
      const response = await send(request('GET', '/organization/projects'));
      expect(response.status).toBe(502);
      expect((await response.json()).error).toMatchObject({ code: 'upstream_error', upstream_request_id: 'req_500' });
      expect(upstream.state.calls).toBe(3);
    });

    it('500 on a change: sent once, outcome unknown, and journaled as such', async () => {
      upstream.state.reply = apiError(500, 'boom');
      const response = await send(request('POST', '/organization/projects', { body: { name: 'Maybe' } }));
      expect(response.status).toBe(502);
      expect((await response.json()).error).toMatchObject({ code: 'outcome_unknown', outcome: 'unknown', message: expect.stringContaining('re-reading the projects failed too') });
      // Sent once; then the re-read of the projects (which fails as well) is all that follows.
      expect(upstream.state.methods.filter((m) => m !== 'GET')).toEqual(['POST']);
      const [entry] = await handle.db.select().from(journalEntry).orderBy(desc(journalEntry.id)).limit(1);
      expect(entry).toMatchObject({ outcome: 'unknown', httpStatus: 502, upstreamRequestId: 'req_500' });
    });

    it('an unreachable upstream: says the organization cannot be reached', async () => {
      const response = await send(request('GET', '/organization/projects'), deps({ baseURL: 'http://127.0.0.1:9/v1', getClient: async () => createUpstreamClient({ baseURL: 'http://127.0.0.1:9/v1', adminKey: 'sk-admin-x-12345678' }).withOptions({ maxRetries: 0 }) }));
      expect(response.status).toBe(502);
      expect((await response.json()).error).toMatchObject({ code: 'upstream_unreachable', message: expect.stringContaining('cannot be reached') });
    });
  });

  describe('the journal', () => {
    it('holds a pending entry before the change is sent', async () => {
      let seenBeforeSend: string | undefined;
      upstream.state.reply = (_req, res) => {
        void handle.db
          .select()
          .from(journalEntry)
          .where(eq(journalEntry.operation, 'projects.archive'))
          .then((rows) => {
            seenBeforeSend = rows.at(-1)?.outcome;
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id: 'proj_a', object: 'organization.project', status: 'archived' }));
          });
      };
      const response = await send(request('POST', '/organization/projects/proj_a/archive'));
      expect(response.status).toBe(200);
      expect(seenBeforeSend).toBe('pending');
      const [entry] = await handle.db.select().from(journalEntry).orderBy(desc(journalEntry.id)).limit(1);
      expect(entry).toMatchObject({ outcome: 'succeeded', targetIds: { project_id: 'proj_a' } });
    });

    it('refuses the change when it cannot be written, and sends nothing', async () => {
      const broken = await openDb({ memory: true });
      await broken.close();
      const response = await send(request('POST', '/organization/projects', { body: { name: 'X' } }), deps({ getDb: async () => broken.db }));
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('journal_unavailable');
      expect(upstream.state.calls).toBe(0);
    });

    it('keeps no secret fields of a request, and cuts long values', () => {
      const summary = summarizeRequest({ name: 'ci', api_key: 'sk-proj-abc', nested: { password: 'hunter2', token: 't0k' }, content: 'x'.repeat(5000) });
      const text = JSON.stringify(summary);
      expect(text).not.toMatch(/sk-proj-abc|hunter2|t0k/);
      expect(text).toContain('"name":"ci"');
      expect(text.length).toBeLessThan(600);
    });

    it('never stores the secret an answer carries', async () => {
      upstream.state.reply = (_req, res) => void res.end(JSON.stringify({ id: 'key_1', value: 'sk-admin-once-only-secret' }));
      const response = await send(request('POST', '/organization/admin_api_keys', { body: { name: 'ci key' } }));
      const text = await response.text();
      expect(text, text).toContain('sk-admin-once-only-secret');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const rows = await handle.db.select().from(journalEntry);
      expect(JSON.stringify(rows)).not.toContain('sk-admin-once-only-secret');
    });
  });
});
