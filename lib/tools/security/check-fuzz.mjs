// Check 6: property-based fuzzing (fast-check, seeded: SECURITY_SEED) of every registry
// operation's path ids, query and body through /api/admin as the admin. Cases the registry's rules
// call invalid must be refused before anything is sent (upstream calls 0); valid reads and paths
// the server resolves itself may reach upstream, but only at paths the registry has; nothing may
// answer 5xx. Requests are sent byte for byte (node:http), so dot segments and %2F arrive as written.
import http from 'node:http';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from '../build-if-needed.mjs';
import { fuzzCases } from './fuzz-cases.mjs';
import { line, pool, settle } from './probe.mjs';

function send(base, { method, path: rawPath, headers, body }) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: `/api/admin${rawPath}`, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', () => resolve({ status: 0 }));
    });
    req.on('error', (error) => resolve({ status: 0, error: error.message }));
    req.end(body);
  });
}

/** Does an upstream call's path (`/v1/...?query`) name a registry operation with well-formed ids? */
async function registryPaths(operations) {
  const { createMatcher, invalidPathParam } = await tsImport(path.join(root, 'lib/admin/match.ts'), import.meta.url);
  const match = createMatcher(operations);
  return (call) => {
    const pathname = call.path.split('?')[0].replace(/^\/v1/, '');
    let segments;
    try {
      segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return false;
    }
    const found = match(call.method, segments);
    return !!found && invalidPathParam(found.params) === null;
  };
}

export async function checkFuzz({ base, upstream, operations, ids, sessions }) {
  const seed = Number(process.env.SECURITY_SEED || Math.floor(Math.random() * 2 ** 31));
  const cases = fuzzCases(operations, ids, seed);
  const inRegistry = await registryPaths(operations);
  const headersFor = (c) => ({
    cookie: sessions.admin,
    ...(c.method === 'GET' ? {} : { origin: base, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(c.body ?? '')) }),
  });
  const details = [];
  let fivexx = 0;
  const run = async (c) => {
    const answer = await send(base, { method: c.method, path: c.path, headers: headersFor(c), body: c.method === 'GET' ? undefined : c.body });
    if (answer.status >= 500 || answer.status === 0) {
      fivexx += 1;
      details.push(`${c.op.name} [${c.kind}] ${c.method} ${c.path.slice(0, 120)} → ${answer.status}${answer.error ? ` ${answer.error}` : ''}`);
    }
    return answer;
  };

  // Invalid input first, on its own: every upstream call made meanwhile is one too many.
  const invalid = cases.filter((c) => c.invalid);
  const valid = cases.filter((c) => !c.invalid);
  await settle(upstream);
  const startedAt = Date.now();
  let from = upstream.calls.length;
  const invalidAnswers = await pool(invalid, 8, run);
  await settle(upstream, 1000);
  const invalidCalls = upstream.calls.slice(from);
  for (const [i, answer] of invalidAnswers.entries()) {
    if (answer.status >= 200 && answer.status < 300) details.push(`accepted invalid ${invalid[i].op.name} [${invalid[i].kind}] ${invalid[i].path.slice(0, 120)} → ${answer.status}`);
  }
  for (const call of invalidCalls.slice(0, 5)) details.push(`upstream call during invalid input: ${call.method} ${call.path.slice(0, 160)}`);

  // Then valid reads and server-resolved paths: they may reach upstream, at registry paths only.
  from = upstream.calls.length;
  await pool(valid, 8, run);
  await settle(upstream, 1000);
  const outside = upstream.calls.slice(from).concat(invalidCalls).filter((call) => !inRegistry(call));
  for (const call of outside.slice(0, 10)) details.push(`upstream path outside the registry: ${call.method} ${call.path.slice(0, 160)}`);
  const took = ((Date.now() - startedAt) / 1000).toFixed(1);

  const accepted = invalidAnswers.filter((a) => a.status >= 200 && a.status < 300).length;
  console.log(`    fuzzing: ${invalid.length} invalid (accepted ${accepted}), ${valid.length} valid reads or server-resolved paths, ${took} s`);
  return {
    lines: [
      line(
        'fuzzing',
        `${cases.length} requests (seed ${seed}), 5xx ${fivexx}, upstream calls for invalid input ${invalidCalls.length}, upstream paths outside the registry ${outside.length}`,
        fivexx === 0 && invalidCalls.length === 0 && outside.length === 0 && accepted === 0,
      ),
    ],
    details,
  };
}
