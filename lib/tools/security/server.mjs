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

function startRelay(port, target) {
  const calls = [];
  // Calls in flight now, and the most at once since the last resetPeak() (the upstream cap's figure).
  const flight = { now: 0, peak: 0 };
  const server = http.createServer((req, res) => {
    calls.push({ method: req.method, path: req.url });
    flight.peak = Math.max(flight.peak, ++flight.now);
    res.once('close', () => flight.now--);
    const forward = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
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
        close: () => new Promise((done) => server.close(done)),
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
    // The checks make many changes as one admin within a minute (faults, fuzzing): lift the per-user
    // limit (Vitest covers it: lib/server/proxy/pipeline-limits.test.ts); the cap stays at its default.
    MUTATION_RATE_PER_MINUTE: process.env.MUTATION_RATE_PER_MINUTE ?? '100000',
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
