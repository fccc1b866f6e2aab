// Check 8: load on loopback with autocannon. 50 connections as the admin on reads the console
// answers from its caches (the directory's members page, usage and costs of closed days), for
// SECURITY_LOAD_SECONDS (10 s by default in the suite; SECURITY.md's bar is 30 s: set 30 to match)
// → requests/s, p50/p99, errors 0, upstream calls per request (counted by the relay). Then the
// same 50 connections on reads that each go upstream (admin proxy lists) for a third of that:
// the relay's most calls in flight at once must stay within the upstream cap (UPSTREAM_CONCURRENCY).
import autocannon from 'autocannon';
import { line, request, settle } from './probe.mjs';

const CONNECTIONS = 50;
const DAY = 86_400;

function cachedReads() {
  const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY; // closed days only: final buckets
  const start = end - 28 * DAY;
  return [
    '/api/directory/members?limit=20',
    `/api/insights/usage?type=completions&width=1d&start=${start}&end=${end}`,
    `/api/insights/costs?start=${start}&end=${end}`,
  ];
}

const UPSTREAM_READS = ['/api/admin/organization/projects?limit=20', '/api/admin/organization/users?limit=20'];

function load(base, cookie, paths, seconds) {
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    headers: { cookie, accept: 'application/json' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

const failures = (result) => result.errors + result.timeouts + result.non2xx;
const ms = (value) => (value < 10 ? value.toFixed(1) : Math.round(value));

export async function checkLoad({ base, upstream, sessions }) {
  const seconds = Number(process.env.SECURITY_LOAD_SECONDS || 10);
  const cap = Number(process.env.UPSTREAM_CONCURRENCY || 6);
  const cookie = sessions.admin;
  const details = [];
  const lines = [];

  // Fill the caches first (memberships included), so the load measures cached answers.
  const reads = cachedReads();
  for (const path of [reads[0].replace('limit=20', 'limit=20&memberships=wait'), ...reads]) {
    // The first request after a long pause may meet a keep-alive socket the server just closed.
    const answer = await request(base, { path, headers: { cookie } }).catch(() => request(base, { path, headers: { cookie } }));
    if (answer.status !== 200) details.push(`warm-up ${path} → ${answer.status} ${answer.text.slice(0, 160)}`);
  }
  await settle(upstream);
  let before = upstream.count();
  const cached = await load(base, cookie, reads, seconds);
  await settle(upstream);
  const perRequest = (upstream.count() - before) / Math.max(1, cached.requests.total);
  const cachedErrors = failures(cached);
  if (cachedErrors > 0) details.push(`cached load: errors ${cached.errors}, timeouts ${cached.timeouts}, non-2xx ${cached.non2xx}`);
  lines.push(
    line(
      `load: ${CONNECTIONS} connections × ${seconds} s on ${reads.length} cached reads (SECURITY_LOAD_SECONDS)`,
      `${Math.round(cached.requests.average)} req/s, p50 ${ms(cached.latency.p50)} ms, p99 ${ms(cached.latency.p99)} ms, errors ${cachedErrors}, upstream calls per request ${perRequest.toFixed(4)}`,
      cachedErrors === 0 && cached.requests.total > 0 && perRequest <= 0.01 && details.length === 0,
    ),
  );

  // Reads that each go upstream: without the cap, 50 connections would mean ~50 calls in flight.
  const capSeconds = Math.max(3, Math.round(seconds / 3));
  await settle(upstream);
  before = upstream.count();
  upstream.resetPeak();
  const uncached = await load(base, cookie, UPSTREAM_READS, capSeconds);
  await settle(upstream);
  const calls = upstream.count() - before;
  const peak = upstream.peak();
  const capErrors = failures(uncached);
  if (capErrors > 0) details.push(`uncached load: errors ${uncached.errors}, timeouts ${uncached.timeouts}, non-2xx ${uncached.non2xx}`);
  lines.push(
    line(
      `upstream cap: ${CONNECTIONS} connections × ${capSeconds} s on admin proxy reads that each go upstream`,
      `${uncached.requests.total} requests answered during the run, ${calls} upstream calls (those still queued at the stop included), at most ${peak} in flight (cap ${cap}), p99 ${ms(uncached.latency.p99)} ms, errors ${capErrors}`,
      peak <= cap && peak > 0 && calls > 0 && capErrors === 0,
    ),
  );
  return { lines, details };
}
