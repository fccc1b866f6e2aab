// What the server parts of `npm run bench` share: a built console on fresh data against its own
// sandbox through the security suite's counting relay, a signed-in Chromium, the server's
// resident memory, and the line format bench.mjs judges (`<figure>\t<value>\t<unit>\t<target>`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { chromium } from '@playwright/test';
import { buildIfNeeded } from './build-if-needed.mjs';
import { findBrowser } from './find-browser.mjs';
import { ADMIN, SANDBOX_KEY, startConsole } from './security/server.mjs';

export { ADMIN, SANDBOX_KEY };

export const line = (figure, value, unit, target, digits = 0) =>
  console.log([figure, Number(value).toFixed(digits), unit, target].join('\t'));

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

export const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Builds when needed and starts the console (extra environment in `env`, e.g. SANDBOX_PRESET).
 * Returns startConsole's { base, upstream, stop, log } plus `relayPort` (the counting relay to
 * the sandbox) and `startMs` (spawn until it answers).
 */
export async function benchConsole(env = {}) {
  if (process.env.SKIP_BUILD !== '1') buildIfNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const started = performance.now();
  try {
    const relayPort = await freePort();
    const server = await startConsole({ port: await freePort(), relayPort });
    return { ...server, relayPort, startMs: performance.now() - started };
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

/** The pid of the process listening on the port (the next-server), from `ss -ltnp`. */
export function listenerPid(port) {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const match = /pid=(\d+)/.exec(out);
  if (!match) throw new Error(`No process listens on port ${port} (ss -ltnp).`);
  return Number(match[1]);
}

/** Resident memory of a process in MiB (VmRSS of /proc/<pid>/status). */
export function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return kb / 1024;
}

/** A Chromium with the admin signed in: { browser, context, cookie }. */
export async function signedIn(base) {
  const executablePath = await findBrowser();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  const browser = await chromium.launch({ executablePath, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/`, { timeout: 60_000 });
  await page.close();
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return { browser, context, cookie };
}

/** GET as the signed-in admin; throws unless 200. Returns { ms, body }. */
export async function timedGet(base, pathAndQuery, cookie) {
  const started = performance.now();
  const response = await fetch(`${base}${pathAndQuery}`, { headers: { cookie } });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${body.slice(0, 200)}`);
  return { ms, body };
}
