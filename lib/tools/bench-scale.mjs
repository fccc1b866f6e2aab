// The scale part of `npm run bench`: the sandbox's large preset (10,000 users, 1,000 projects,
// 50,000 keys). Starts the console on the default seed, resets the sandbox to the large preset
// through its control API (timed: the seed), then in Chromium, signed in: the first view of the
// big pages right after the reset (directory caches empty), then warm views, the time to data shown
// and the upstream requests each view made (counted by the relay between console and sandbox);
// then member search over all users through /api/directory/members.
// Prints `<figure>\t<value>\t<unit>\t<target>` lines (bench.mjs judges them).
import { benchConsole, line, median, SANDBOX_KEY, signedIn, timedGet } from './bench-console.mjs';
import { measureLoad } from './bench-pages.mjs';
import { settle } from './security/probe.mjs';
import { sandboxIds } from './security/routes.mjs';

const LOADS = 3;
const COMPLETION_TIMEOUT_MS = 180_000;
const ROW = 'main tbody tr';
const SEARCHES = ['smith', 'an', 'zz-nobody', '@example', 'lee'];
const PROJECT_SEARCHES = ['claims', 'copilot', 'zz-nothing', 'proj_', 'field ops'];

async function resetToLarge(base) {
  const started = performance.now();
  const response = await fetch(`${base}/sandbox/control/reset`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ preset: 'large' }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`The sandbox reset to the large preset failed: ${JSON.stringify(body)}`);
  return { seedMs: body.duration_ms, totalMs: performance.now() - started };
}

/**
 * After the first /members view (which may show the users read so far): how long from the start
 * of that view until every user, then every membership, was read (the page's notices gone).
 */
async function membersCompletion(base, cookie, started) {
  const marks = {};
  while (!marks.memberships && performance.now() - started < COMPLETION_TIMEOUT_MS) {
    const { body } = await timedGet(base, '/api/directory/members?limit=1&users=partial', cookie);
    const page = JSON.parse(body);
    if (page.users_complete !== false) marks.users ??= performance.now() - started;
    if (page.memberships_ready) marks.memberships = performance.now() - started;
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  line('/members: first view, until every user was read', marks.users ?? COMPLETION_TIMEOUT_MS, 'ms', 'info');
  line('/members: first view, until every membership was read', marks.memberships ?? COMPLETION_TIMEOUT_MS, 'ms', 'info');
}

async function main() {
  const server = await benchConsole();
  let session;
  try {
    session = await signedIn(server.base);
    const reset = await resetToLarge(server.base);
    line('large preset: sandbox seed (reset through the control API)', reset.seedMs, 'ms', 'info');
    // The reset held the server's event loop for the whole seed: a kept-alive socket may be reset once.
    const ids = await sandboxIds(server.base).catch(() => sandboxIds(server.base));
    const views = [
      ['/members', ROW],
      ['/projects', ROW],
      [`/projects/${ids.projectId}/api-keys`, ROW],
      ['/audit-logs', ROW],
    ];
    const view = async (route, selector, quiet = false) => {
      // A warm view waits until upstream is quiet (at most 30 s): reads an earlier view left running
      // (the members directory's memberships, one request per project) are not this view's.
      if (quiet) await settle(server.upstream, 1000);
      const before = server.upstream.count();
      const { data } = await measureLoad(session.context, `${server.base}${route}`, selector);
      return { ms: Number.isFinite(data) ? data : 15_000, requests: server.upstream.count() - before };
    };
    for (const [route, selector] of views) {
      const name = route.replace(ids.projectId, '[projectId]');
      const started = performance.now();
      const cold = await view(route, selector);
      line(`${name}: first page shown, first view after the reset (caches empty)`, cold.ms, 'ms', 'info');
      line(`${name}: upstream requests, first view`, cold.requests, 'requests', 'info');
      if (route === '/members') await membersCompletion(server.base, session.cookie, started);
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await view(route, selector, true));
      line(`${name}: first page shown (warm, median of ${LOADS})`, median(runs.map((r) => r.ms)), 'ms', '<=1000');
      line(`${name}: upstream requests per view (warm, median of ${LOADS})`, median(runs.map((r) => r.requests)), 'requests', 'info');
    }
    const searches = [];
    let searchRequests = 0;
    for (const q of SEARCHES) {
      const before = server.upstream.count();
      const { ms, body } = await timedGet(server.base, `/api/directory/members?q=${encodeURIComponent(q)}&limit=50`, session.cookie);
      searchRequests += server.upstream.count() - before;
      searches.push(ms);
      JSON.parse(body);
    }
    line(`member search over all users (/api/directory/members?q=…, median of ${SEARCHES.length} terms)`, median(searches), 'ms', '<=300');
    line('member search: upstream requests for all searches', searchRequests, 'requests', 'info');
    const projectSearches = [];
    let projectSearchRequests = 0;
    for (const q of PROJECT_SEARCHES) {
      const before = server.upstream.count();
      const { ms, body } = await timedGet(server.base, `/api/directory/projects?status=all&q=${encodeURIComponent(q)}`, session.cookie);
      projectSearchRequests += server.upstream.count() - before;
      projectSearches.push(ms);
      JSON.parse(body);
    }
    line(`project search over all projects (/api/directory/projects?q=…, median of ${PROJECT_SEARCHES.length} terms)`, median(projectSearches), 'ms', '<=300');
    line('project search: upstream requests for all searches', projectSearchRequests, 'requests', 'info');
  } catch (error) {
    console.error(server.log.join('').split('\n').slice(-40).join('\n'));
    throw error;
  } finally {
    await session?.browser.close();
    await server.stop();
  }
}

await main();
