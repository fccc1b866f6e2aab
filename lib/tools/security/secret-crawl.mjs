// The run checks 4 and 5 share: a second console whose OPENAI_ADMIN_KEY is a canary (the relay
// accepts only it, standing in for OpenAI), where the admin creates a service account through the
// page, then admin, operator and viewer open every page of the build (project pages on that
// project) in one browser. Everything they received, and everything the server kept, is gathered
// as places `{ where, bytes }` for the checks to scan. Run once, whichever check asks first.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { line } from './probe.mjs';
import { builtRoutes, fillTemplate, sandboxIds } from './routes.mjs';
import { ADMIN, SANDBOX_KEY, startConsole } from './server.mjs';
import { addConsoleUser, signIn } from './sessions.mjs';
import { recordTraffic } from './secret-traffic.mjs';
import { serverPlaces } from './secret-stores.mjs';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** An active project (service accounts cannot be created in an archived one), read from the sandbox. */
async function activeProject(base) {
  const response = await fetch(`${base}/sandbox/v1/organization/projects?limit=100`, { headers: { authorization: `Bearer ${SANDBOX_KEY}` } });
  const project = (await response.json()).data?.find((p) => p.status === 'active');
  if (!project) throw new Error('The sandbox has no active project to create a service account in.');
  return project.id;
}

/** Creates a service account through the page; returns its key and the one response that carried it. */
async function createServiceAccount(page, base, projectId) {
  await page.goto(`${base}/projects/${projectId}/service-accounts`);
  await page.getByRole('button', { name: 'Create service account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create service account' });
  await dialog.getByLabel('Name').fill(`security-canary-${Date.now()}`);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/admin/organization/projects/${projectId}/service_accounts`));
  await dialog.getByRole('button', { name: 'Create service account' }).click();
  const response = await answered;
  const body = await response.json();
  const key = body?.api_key?.value;
  if (typeof key !== 'string') throw new Error(`Creating a service account returned no key (${response.status()}).`);
  const shown = page.getByRole('dialog', { name: 'Copy the service account’s API key' });
  await shown.getByRole('button', { name: 'Done' }).click();
  await shown.waitFor({ state: 'hidden' });
  return { key, url: response.url() };
}

/**
 * Next prefetches every link in view on every page, each one a server render: dropping them cuts
 * the crawl to a third. What they would carry is what the page's own HTML (inline RSC) and the
 * client-side navigation at the end of each role's crawl (a real `_rsc` fetch) bring anyway.
 */
async function withoutPrefetch(context) {
  await context.route(/_rsc=/, (route) => (route.request().headers()['next-router-prefetch'] === '1' ? route.abort() : route.continue()));
}

/** Opens each page in one tab (so sessionStorage lives through), plus one client-side navigation. */
async function crawl(context, base, urls, traffic, role) {
  await withoutPrefetch(context);
  const page = context.pages()[0] ?? (await context.newPage());
  let visited = 0;
  const refused = [];
  for (const url of urls) {
    const answer = await page.goto(`${base}${url}`).catch((error) => ({ status: () => `error ${error.message.split('\n')[0]}` }));
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    if (answer.status() === 200 && !page.url().includes('/sign-in')) visited += 1;
    else refused.push(`${role} ${url} → ${answer.status()} at ${page.url()}`);
    traffic.dom(`DOM of ${url} as ${role}`, await page.content());
  }
  // A client-side navigation fetches the RSC payload the way the app does between pages.
  await page.goto(`${base}/`);
  await page.locator('a[href="/projects"]').first().click();
  await page.waitForURL(`${base}/projects`);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  const storage = await page.evaluate(() => JSON.stringify({ localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage } }));
  traffic.stored(`cookies, localStorage and IndexedDB of ${role}`, JSON.stringify(await context.storageState({ indexedDB: true })));
  traffic.stored(`sessionStorage and localStorage of ${role}'s tab`, storage);
  return { visited, refused };
}

async function crawlWithCanary() {
  const started = Date.now();
  const suffix = crypto.randomBytes(16).toString('hex');
  const canary = `sk-admin-CANARY-${suffix}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-canary-'));
  const marks = [];
  const mark = (what) => marks.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const server = await startConsole({ port: await freePort(), relayPort: await freePort(), adminKey: canary, dataDir });
  const { base } = server;
  mark('console up');
  const traffic = recordTraffic();
  let browser;
  let stopped = false;
  try {
    browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
    const contexts = { admin: await browser.newContext() };
    traffic.watch(contexts.admin, 'admin');
    const adminPage = await signIn(contexts.admin, base, ADMIN.email, ADMIN.password);
    for (const role of ['operator', 'viewer']) {
      const person = await addConsoleUser(adminPage, base, role);
      contexts[role] = await browser.newContext();
      traffic.watch(contexts[role], role);
      await (await signIn(contexts[role], base, person.email, person.password)).close();
    }
    mark('signed in');
    const projectId = await activeProject(base);
    const created = await createServiceAccount(adminPage, base, projectId);
    const ids = { ...(await sandboxIds(base)), projectId, project_id: projectId };
    const urls = builtRoutes().filter((r) => r.kind === 'page').map((r) => fillTemplate(r.template, ids));
    const roles = Object.keys(contexts);
    const crawled = await Promise.all(roles.map((role) => crawl(contexts[role], base, urls, traffic, role)));
    await traffic.settled();
    mark('crawled');
    await browser.close();
    browser = undefined;
    const calls = server.upstream.calls;
    await server.stop();
    stopped = true;
    return {
      canary,
      suffix,
      serviceAccount: created,
      pages: urls.length,
      visited: Object.fromEntries(roles.map((role, i) => [role, crawled[i].visited])),
      refused: crawled.flatMap((c) => c.refused),
      upstream: { withCanary: calls.filter((c) => c.withKey && c.status < 400).length, other: calls.filter((c) => !c.withKey).length },
      responses: traffic.responses,
      places: [...traffic.places(), ...(await serverPlaces(server.log, dataDir))],
      seconds: (Date.now() - started) / 1000,
      marks: (mark('gathered'), marks),
    };
  } finally {
    await browser?.close();
    if (!stopped) await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

let run;

/** The shared run (started by the first check that needs it). */
export function secretCrawl() {
  run ??= crawlWithCanary();
  return run;
}

/** Runs a check on the shared run; a run that could not finish is the check's FAIL line, not the suite's end. */
export async function onSecretCrawl(name, check) {
  let crawled;
  try {
    crawled = await secretCrawl();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { lines: [line(name, `the canary run could not finish: ${message}`, false)], details: [] };
  }
  return check(crawled);
}
