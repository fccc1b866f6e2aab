// The proxy-overhead part of `npm run bench`: one Admin API read asked three ways, interleaved:
// straight to the sandbox (/sandbox/v1, sandbox key), to the sandbox through the counting relay
// the console's upstream goes through, and through the admin proxy (/api/admin, signed in:
// session, registry, validation, SDK, relay, sandbox). The proxy's added latency is its p50 minus
// the relay-direct p50 (the same path upstream of the proxy). Then load with autocannon: requests/s
// on a cached read (the members directory) and on a proxied read, with errors and upstream calls.
// Prints `<figure>\t<value>\t<unit>\t<target>` lines (bench.mjs judges them).
import autocannon from 'autocannon';
import { benchConsole, line, percentile, SANDBOX_KEY, signedIn } from './bench-console.mjs';
import { sandboxIds } from './security/routes.mjs';

const ROUNDS = 200;
const LOAD_SECONDS = 8;
const CONNECTIONS = 10;

async function timed(url, headers) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}.`);
  return performance.now() - started;
}

async function load(server, url, cookie) {
  const before = server.upstream.count();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, headers: { cookie } });
  return { result, upstream: server.upstream.count() - before };
}

async function main() {
  const server = await benchConsole();
  let session;
  try {
    session = await signedIn(server.base);
    const ids = await sandboxIds(server.base);
    const apiPath = `/organization/projects/${ids.projectId}/users?limit=20`;
    const ways = {
      direct: [`${server.base}/sandbox/v1${apiPath}`, { authorization: `Bearer ${SANDBOX_KEY}` }],
      relay: [`http://127.0.0.1:${server.relayPort}/v1${apiPath}`, { authorization: `Bearer ${SANDBOX_KEY}` }],
      proxy: [`${server.base}/api/admin${apiPath}`, { cookie: session.cookie }],
    };
    const ms = { direct: [], relay: [], proxy: [] };
    for (let round = -20; round < ROUNDS; round++)
      for (const [way, [url, headers]] of Object.entries(ways)) {
        const taken = await timed(url, headers);
        if (round >= 0) ms[way].push(taken);
      }
    const p50 = (way) => percentile(ms[way], 50);
    line(`GET ${apiPath.replace(ids.projectId, '[projectId]')}: sandbox direct, p50 of ${ROUNDS}`, p50('direct'), 'ms', 'info', 1);
    line('the same through the counting relay (the proxy\'s upstream path), p50', p50('relay'), 'ms', 'info', 1);
    line('the same through /api/admin (signed in), p50', p50('proxy'), 'ms', 'info', 1);
    line('the same through /api/admin, p99', percentile(ms.proxy, 99), 'ms', 'info', 1);
    line('proxy added latency, p50 (through /api/admin minus through the relay)', p50('proxy') - p50('relay'), 'ms', '<=5', 1);

    const cached = await load(server, `${server.base}/api/directory/members?limit=50`, session.cookie);
    const c = cached.result;
    line(`cached read /api/directory/members?limit=50, ${CONNECTIONS} connections: requests/s`, c.requests.average, 'req/s', 'info');
    line('cached read: latency p50', c.latency.p50, 'ms', 'info', 1);
    line('cached read: latency p99', c.latency.p99, 'ms', 'info', 1);
    line('cached read: errors and non-2xx answers', c.errors + c.non2xx + c.timeouts, 'responses', '<=0');
    line('cached read: upstream requests per request (directory refreshes included)', cached.upstream / Math.max(1, c.requests.total), 'requests', 'info', 3);

    const proxied = await load(server, ways.proxy[0], session.cookie);
    const p = proxied.result;
    line(`proxied read through /api/admin, ${CONNECTIONS} connections: requests/s`, p.requests.average, 'req/s', 'info');
    line('proxied read: latency p50', p.latency.p50, 'ms', 'info', 1);
    line('proxied read: errors and non-2xx answers', p.errors + p.non2xx + p.timeouts, 'responses', '<=0');
    line('proxied read: upstream requests per request', proxied.upstream / Math.max(1, p.requests.total), 'requests', 'info', 2);
  } finally {
    await session?.browser.close();
    await server.stop();
  }
}

await main();
