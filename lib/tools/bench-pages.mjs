// The page-speed part of `npm run bench`: every page of PRODUCT.md, signed in as the admin, in
// Chromium on loopback against a warm server (each page loaded once before it is timed). Per
// page: LCP (the last largest-contentful-paint entry) and the time until its data is on screen
// (the page's "data shown" selector first matches), both from navigation start, median of LOADS.
// Prints `<figure>\t<value>\t<unit>\t<target>` lines (bench.mjs judges them).
import { pathToFileURL } from 'node:url';
import { benchConsole, line, median, signedIn } from './bench-console.mjs';
import { sandboxIds } from './security/routes.mjs';

const LOADS = 5;
const DATA_TIMEOUT_MS = 15_000;
// A list's data is its first row, or its empty state (components/ui/states.tsx EmptyState) when empty.
const ROW = 'main tbody tr, main div.border-dashed';
const CHART = 'main .recharts-surface';

/** The pages of PRODUCT.md (signed in) with what "data shown" means on each. */
export function pages(ids) {
  const p = `/projects/${ids.projectId}`;
  return [
    ['/', CHART],
    ['/projects', ROW],
    [p, CHART],
    ...['members', 'groups', 'service-accounts', 'api-keys', 'rate-limits', 'roles', 'certificates'].map((tab) => [`${p}/${tab}`, ROW]),
    [`${p}/permissions`, 'main input[type=checkbox], main [role=switch], main tbody tr'],
    [`${p}/data-retention`, 'main input[type=radio]:checked, main select'],
    [`${p}/spend-alerts`, ROW],
    ['/members', ROW],
    ['/members/invites', ROW],
    ['/groups', ROW],
    [`/groups/${ids.groupId}`, ROW],
    ['/roles', ROW],
    ['/certificates', ROW],
    ['/admin-keys', ROW],
    ['/usage', CHART],
    ['/costs', CHART],
    ['/audit-logs', ROW],
    ['/settings', ROW],
  ];
}

/** Watches LCP entries and the first match of `selector` from the page's first script on. */
function observe(selector) {
  const marks = { lcp: 0, data: 0 };
  Object.defineProperty(window, '__benchMarks', { value: marks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const check = () => {
    if (!marks.data && document.querySelector(selector)) marks.data = performance.now();
    return marks.data > 0;
  };
  const watcher = new MutationObserver(() => check() && watcher.disconnect());
  watcher.observe(document, { childList: true, subtree: true, attributes: true });
}

/** One load: { lcp, data } in ms from navigation start (data is Infinity when it never showed). */
export async function measureLoad(context, url, selector) {
  const page = await context.newPage();
  try {
    await page.addInitScript(observe, selector);
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page
      .waitForFunction(() => window.__benchMarks?.data > 0, null, { timeout: DATA_TIMEOUT_MS, polling: 50 })
      .then(() => true, () => false);
    // LCP candidates stop after the data is painted; give the last one a moment to be reported.
    await page.waitForTimeout(250);
    const marks = await page.evaluate(() => ({ ...window.__benchMarks }));
    if (new URL(page.url()).pathname === '/sign-in') throw new Error(`${url} sent the signed-in admin to /sign-in.`);
    return { lcp: marks.lcp, data: shown ? marks.data : Infinity };
  } finally {
    await page.close();
  }
}

async function main() {
  const server = await benchConsole();
  let session;
  try {
    const ids = await sandboxIds(server.base);
    session = await signedIn(server.base);
    for (const [route, selector] of pages(ids)) {
      const url = `${server.base}${route}`;
      await measureLoad(session.context, url, selector); // warm: the server's first render of it
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await measureLoad(session.context, url, selector));
      const name = route.replace(ids.projectId, '[projectId]').replace(ids.groupId, '[groupId]');
      const data = median(runs.map((r) => r.data));
      line(`${name}: LCP (median of ${LOADS})`, median(runs.map((r) => r.lcp)), 'ms', '<=1000');
      line(`${name}: data shown (${selector}, median of ${LOADS})`, Number.isFinite(data) ? data : DATA_TIMEOUT_MS, 'ms', '<=1500');
    }
  } finally {
    await session?.browser.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
