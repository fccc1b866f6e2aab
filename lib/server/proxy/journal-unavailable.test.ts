import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/admin/match';
import { OPERATIONS } from '@/lib/admin/operations';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { startSandboxServer, type SandboxTestServer } from '@/lib/sandbox/test-server';
import { openDb, type DbHandle } from '../db/client';
import { createUpstreamClient } from '../openai';
import { handleAdminRequest, type ProxyDeps } from './pipeline';

/*
 * SECURITY.md bar 7 on the real pipeline and the sandbox: with the journal's store down (a real
 * PGlite database, closed) every kind of change is refused with journal_unavailable and nothing
 * reaches the sandbox (a relay counts what does); with the store up, the same changes go through.
 * `npm run test:security` runs this file (check 10: the running server's embedded database cannot
 * be taken down from outside) and reads its figures from SECURITY_FIGURES_FILE.
 */
const ORIGIN = 'http://console.test';
const match = createMatcher(OPERATIONS);

const CHANGES: [string, string, unknown][] = [
  ['POST', '/organization/projects', { name: 'Journal down' }],
  ['POST', '/organization/invites', { email: 'journal-down@example.com', role: 'reader' }],
  ['POST', '/organization/groups', { name: 'Journal down' }],
  ['POST', '/organization/admin_api_keys', { name: 'Journal down' }],
  ['POST', '/organization/projects/{project}', { name: 'Journal down renamed' }],
  ['POST', '/organization/projects/{project}/archive', undefined],
  ['DELETE', '/organization/invites/{invite}', undefined],
];

function countingRelay() {
  const state = { target: '', calls: 0 };
  const server = http.createServer((req, res) => {
    state.calls++;
    const forward = http.request(`${state.target}${req.url?.replace(/^\/v1/, '')}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return {
    state,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`))),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('the journal store unavailable', () => {
  let sandboxDb: DbHandle;
  let journalDown: DbHandle;
  let sandbox: SandboxTestServer;
  const relay = countingRelay();
  let deps: (db: DbHandle) => ProxyDeps;

  beforeAll(async () => {
    sandboxDb = await openDb({ memory: true });
    sandbox = await startSandboxServer(sandboxDb.db);
    relay.state.target = sandbox.baseURL;
    const baseURL = await relay.start();
    const adminKey = await getSandboxAdminKey(sandboxDb.db);
    journalDown = await openDb({ memory: true });
    await journalDown.close();
    deps = (db) => ({
      match,
      lookupSession: async () => ({ session: { user: { id: 'u1', email: 'pat@example.com', name: 'Pat', role: 'admin' }, sessionId: 's1', signedInAt: new Date() }, setCookies: [] }),
      getDb: async () => db.db,
      getClient: async () => createUpstreamClient({ baseURL, adminKey }),
      allowedOrigins: [ORIGIN],
      upstream: { name: 'The sandbox organization', host: 'sandbox.test' },
      freshSignInMinutes: 10,
    });
  });
  afterAll(async () => {
    await relay.close();
    await sandbox.close();
    await sandboxDb.close();
  });

  const send = (d: ProxyDeps, method: string, path: string, body: unknown) =>
    handleAdminRequest(
      new Request(`${ORIGIN}/api/admin${path}`, { method, headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
      path.split('/').filter(Boolean),
      d,
    );

  it('refuses every kind of change and sends nothing; with the store up the same changes are sent', async () => {
    // Real ids to change: a project and an invite made with the store up (the relay counts them too).
    const up = deps(sandboxDb);
    const project = (await (await send(up, 'POST', '/organization/projects', { name: 'Target' })).json()) as { id: string };
    const invite = (await (await send(up, 'POST', '/organization/invites', { email: 'target@example.com', role: 'reader' })).json()) as { id: string };
    const changes = CHANGES.map(([method, path, body]) => [method, path.replace('{project}', project.id).replace('{invite}', invite.id), body] as const);

    const before = relay.state.calls;
    const refused: string[] = [];
    for (const [method, path, body] of changes) {
      const answer = await send(deps(journalDown), method, path, body);
      const { error } = (await answer.json()) as { error: { code: string; message: string } };
      if (answer.status === 503 && error.code === 'journal_unavailable' && /not sent/.test(error.message)) refused.push(path);
    }
    const sentWhileDown = relay.state.calls - before;

    const sent = relay.state.calls;
    let accepted = 0;
    for (const [method, path, body] of changes) if ((await send(up, method, path, body)).status === 200) accepted++;
    const sentWhileUp = relay.state.calls - sent;

    const figures = { changes: changes.length, refused: refused.length, sentWhileDown, accepted, sentWhileUp };
    if (process.env.SECURITY_FIGURES_FILE) fs.writeFileSync(process.env.SECURITY_FIGURES_FILE, JSON.stringify(figures));
    expect(figures).toEqual({ changes: CHANGES.length, refused: CHANGES.length, sentWhileDown: 0, accepted: CHANGES.length, sentWhileUp: CHANGES.length });
  });
});
