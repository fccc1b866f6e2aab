// Starts the console under test against its own sandbox, with a counting relay between them: the
// console's OPENAI_BASE_URL points at the relay, which passes each call on to the sandbox and
// counts it. So `upstream.count()` is every call the console made upstream, nothing guessed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { root } from '../build-if-needed.mjs';

export const SANDBOX_KEY = 'sk-admin-security-suite-key-0123456789abcdef';
export const ADMIN = { email: 'security-admin@example.com', password: 'security suite password 42' };

/**
 * The relay. Besides counting, it can make the sandbox misbehave for chosen calls: `inject({ method,
 * path, fault, times, badKey })` adds the sandbox's `x-sandbox-fault` header (faults/spec.ts) to
 * the next `times` calls (all when null) whose method and path (under /v1) match, or swaps the
 * admin key for a wrong one (`badKey`); the rule counts its `hits`.
 */
function startRelay(port, target) {
  const calls = [];
  const rules = [];
  const server = http.createServer((req, res) => {
    calls.push({ method: req.method, path: req.url, at: Date.now() });
    const headers = { ...req.headers };
    const rule = rules.find((r) => (r.times === null || r.hits < r.times) && (!r.method || r.method === req.method) && req.url.startsWith(`/v1${r.path}`));
    if (rule) {
      rule.hits += 1;
      if (rule.fault) headers['x-sandbox-fault'] = rule.fault;
      if (rule.badKey) headers.authorization = 'Bearer sk-admin-wrong-key-for-the-security-suite-000';
    }
    const forward = http.request(`${target}${req.url}`, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        calls,
        count: () => calls.length,
        mutations: () => calls.filter((c) => c.method !== 'GET').length,
        inject: ({ method = null, path, fault = null, times = null, badKey = false }) => {
          const rule = { method, path, fault, times, badKey, hits: 0 };
          rules.push(rule);
          return { get hits() { return rule.hits; }, remove: () => rules.splice(rules.indexOf(rule), 1) };
        },
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
      }),
    ),
  );
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The console did not answer at ${url} within ${ms / 1000} s.`);
}

/** Starts relay + console on fresh data; returns { base, upstream, stop }. */
export async function startConsole({ port, relayPort }) {
  const base = `http://127.0.0.1:${port}`;
  const upstream = await startRelay(relayPort, `${base}/sandbox`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-security-'));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    SANDBOX_ENABLED: 'true',
    SANDBOX_ADMIN_KEY: SANDBOX_KEY,
    OPENAI_ADMIN_KEY: SANDBOX_KEY,
    OPENAI_BASE_URL: `http://127.0.0.1:${relayPort}/v1`,
    DASHBOARD_ADMIN_EMAIL: ADMIN.email,
    DASHBOARD_ADMIN_PASSWORD: ADMIN.password,
    // Short, so the stall check (check-faults.mjs) waits seconds rather than the default 30 s.
    UPSTREAM_TIMEOUT_MS: process.env.SECURITY_UPSTREAM_TIMEOUT_MS || '5000',
  };
  const nextCli = path.join(root, 'node_modules/next/dist/bin/next');
  const log = [];
  const child = spawn(process.execPath, [nextCli, 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: root, env });
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  const stop = async () => {
    child.kill('SIGTERM');
    await upstream.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/sign-in`, 90_000);
  } catch (error) {
    await stop();
    console.error(log.join(''));
    throw error;
  }
  return { base, upstream, stop, log };
}
