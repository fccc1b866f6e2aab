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
 * The relay. Besides counting (and the most calls in flight at once since the last resetPeak(),
 * the upstream cap's figure), it can make the sandbox misbehave for chosen calls: `inject({ method,
 * path, fault, times, badKey })` adds the sandbox's `x-sandbox-fault` header (faults/spec.ts) to
 * the next `times` calls (all when null) whose method and path (under /v1) match, or swaps the
 * admin key for a wrong one (`badKey`); the rule counts its `hits`. With `adminKey` other than the
 * sandbox's, the relay stands in for OpenAI holding that key: it refuses any other bearer (401)
 * and hands the sandbox its own key instead (`call.withKey`).
 */
function startRelay(port, target, adminKey) {
  const calls = [];
  const rules = [];
  const flight = { now: 0, peak: 0 };
  const server = http.createServer((req, res) => {
    const call = { method: req.method, path: req.url, at: Date.now() };
    calls.push(call);
    flight.peak = Math.max(flight.peak, ++flight.now);
    res.once('close', () => flight.now--);
    const headers = { ...req.headers };
    if (adminKey !== SANDBOX_KEY) {
      call.withKey = headers.authorization === `Bearer ${adminKey}`;
      if (!call.withKey) return res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"message":"Incorrect API key provided (relay).","type":"invalid_request_error","code":"invalid_api_key","param":null}}');
      headers.authorization = `Bearer ${SANDBOX_KEY}`;
    }
    const rule = rules.find((r) => (r.times === null || r.hits < r.times) && (!r.method || r.method === req.method) && req.url.startsWith(`/v1${r.path}`));
    if (rule) {
      rule.hits += 1;
      if (rule.fault) headers['x-sandbox-fault'] = rule.fault;
      if (rule.badKey) headers.authorization = 'Bearer sk-admin-wrong-key-for-the-security-suite-000';
    }
    const forward = http.request(`${target}${req.url}`, { method: req.method, headers }, (answer) => {
      call.status = answer.statusCode;
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
        peak: () => flight.peak,
        resetPeak: () => void (flight.peak = flight.now),
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

/**
 * Starts relay + console; returns { base, upstream, stop, restart, log }. `adminKey` is the
 * console's OPENAI_ADMIN_KEY (the relay swaps it for the sandbox's); a `dataDir` given is the
 * caller's to remove, a fresh one by default is removed on stop, which waits for the console to exit.
 */
export async function startConsole({ port, relayPort, adminKey = SANDBOX_KEY, dataDir }) {
  const base = `http://127.0.0.1:${port}`;
  const upstream = await startRelay(relayPort, `${base}/sandbox`, adminKey);
  const ownData = !dataDir;
  dataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'console-security-'));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    SANDBOX_ENABLED: 'true',
    SANDBOX_ADMIN_KEY: SANDBOX_KEY,
    OPENAI_ADMIN_KEY: adminKey,
    OPENAI_BASE_URL: `http://127.0.0.1:${relayPort}/v1`,
    DASHBOARD_ADMIN_EMAIL: ADMIN.email,
    DASHBOARD_ADMIN_PASSWORD: ADMIN.password,
    // The checks make many changes as one admin within a minute (faults, fuzzing): lift the per-user
    // limit (Vitest covers it: lib/server/proxy/pipeline-limits.test.ts); the cap stays at its default.
    MUTATION_RATE_PER_MINUTE: process.env.MUTATION_RATE_PER_MINUTE ?? '100000',
    // Short, so the stall check (check-faults.mjs) waits seconds rather than the default 30 s.
    UPSTREAM_TIMEOUT_MS: process.env.SECURITY_UPSTREAM_TIMEOUT_MS || '5000',
  };
  const nextCli = path.join(root, 'node_modules/next/dist/bin/next');
  const log = [];
  const launch = () => {
    const started = spawn(process.execPath, [nextCli, 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: root, env });
    started.stdout.on('data', (d) => log.push(String(d)));
    started.stderr.on('data', (d) => log.push(String(d)));
    return started;
  };
  let child = launch();
  const exitOf = (process) => (process.exitCode !== null || process.signalCode !== null ? Promise.resolve() : new Promise((resolve) => process.once('exit', resolve)));
  const stop = async () => {
    const exited = exitOf(child);
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    await upstream.close();
    if (ownData) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  /**
   * Stops the console, runs `whileStopped(dataDir)` (a check may change its database then: PGlite
   * allows one process at a time), and starts it again on the same data and port. Returns what
   * `whileStopped` returned.
   */
  const restart = async (whileStopped) => {
    const exited = exitOf(child);
    child.kill('SIGTERM');
    await exited;
    const result = await whileStopped(dataDir);
    child = launch();
    await waitFor(`${base}/sign-in`, 90_000);
    return result;
  };
  try {
    await waitFor(`${base}/sign-in`, 90_000);
  } catch (error) {
    await stop();
    console.error(log.join(''));
    throw error;
  }
  return { base, upstream, stop, restart, log };
}
