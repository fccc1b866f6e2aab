// What check-fuzz.mjs sends: for every registry operation, path ids, query strings and bodies drawn
// by fast-check (seeded), each classified with the registry's own rules (PATH_ID_PATTERN, the zod
// query and body schemas, the body size cap) exactly as the proxy applies them. Changes that would
// be valid are never sent (they would change the sandbox); valid reads are.
import fc from 'fast-check';
import { fillOperation } from './routes.mjs';

export const MAX_BODY_BYTES = 256 * 1024;

/** Ids that try to leave their segment or the registry, sent percent-encoded (one segment each). */
const PATH_TRICKS = [
  'proj_x/../../organization/admin_api_keys',
  '../../organization/admin_api_keys',
  '%2F',
  '%2e%2e',
  '%252e%252e%252F',
  'proj_x%2F..%2F..%2Forganization%2Fadmin_api_keys',
  'proj_x?admin=1',
  'proj_x#frag',
  'proj_x\u0000',
  'proj_\u202ex',
  'ｐｒｏｊ＿ｘ',
  'proj_x\r\nx-injected: 1',
  '__proto__',
  'constructor',
  'prototype',
  ' proj_x',
  '-proj',
  'a'.repeat(201),
];

/** Sent raw (not encoded): dot segments and encoded slashes the server resolves itself. */
const RAW_TRICKS = [
  'proj_x/../../organization/admin_api_keys',
  '%2e%2e/%2e%2e/organization/admin_api_keys',
  'proj_x%2F..%2F..%2Forganization%2Fadmin_api_keys',
  '..%2F..%2Forganization%2Fadmin_api_keys',
  '%2E%2E',
  '.%2e',
];

// Bodies up to past the proxy's cap; URLs up to what Node's HTTP parser takes (16 KB of headers),
// so they reach the proxy rather than being refused (431) before it.
const huge = fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'x'.repeat(n));
const long = fc.integer({ min: 1_000, max: 4_000 }).map((n) => 'x'.repeat(n));
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), long);
// `.` and `..` cannot be one segment however encoded (`%2e` is a dot too): they are RAW_TRICKS.
const pathId = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PATH_TRICKS) }, { weight: 2, arbitrary: anyString }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{3,6}_[A-Za-z0-9]{4,10}$/) }).filter((id) => !/^\.{1,2}$/.test(id));
const queryKey = fc.oneof(
  fc.constantFrom('__proto__', '__proto__[]', 'constructor', 'constructor[]', 'prototype', 'limit', 'after', 'before', 'order', 'start_time', 'end_time', 'bucket_width', 'group_by[]', 'project_ids[]', 'include_archived', 'emails[]'),
  fc.string({ maxLength: 12 }),
);
const queryValue = fc.oneof(fc.constantFrom('-1', '0', '1e999', 'NaN', 'true', '[]', '{}', 'null', 'desc', '1d', '%00', '../x'), anyString, fc.integer().map(String));
const query = fc.array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 4 });

/** Nested `depth` deep, as JSON text (arrays or objects). */
const deep = fc.tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));
const protoBody = fc.constantFrom(
  '{"__proto__":{"role":"owner","isAdmin":true}}',
  '{"constructor":{"prototype":{"role":"owner"}}}',
  '{"name":"x","__proto__":{"name":"y"}}',
  '{"__proto__":null}',
);
const wrongType = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('name', 'role', 'email', 'user_id', 'role_id', 'projects', 'permissions', 'certificate', 'content', 'retention_days', 'amount', 'threshold', 'id'), fc.jsonValue({ maxDepth: 2 }))).map((v) => JSON.stringify(v));
const bodyText = fc.oneof(
  { weight: 4, arbitrary: wrongType },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: protoBody },
  { weight: 1, arbitrary: huge.map((s) => JSON.stringify({ name: s, certificate: s })) },
  { weight: 1, arbitrary: fc.constantFrom('{', 'null', '"x"', '[]', '1', '{"name":', '\u0000') },
);

const paramsOf = (op) => [...op.path.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);

/** The proxy's parseQuery, on an object without a prototype (so `__proto__` is a key like any other). */
function parseQuery(pairs) {
  const out = Object.create(null);
  for (const [rawKey, value] of pairs) {
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const previous = out[key];
    if (previous === undefined) out[key] = isArray ? [value] : value;
    else out[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

function queryValid(op, given) {
  // Next itself drops a plain `__proto__` key when it parses the URL (the proxy never sees it), so
  // the request is judged as it arrives. `__proto__[]` does arrive, and must be refused.
  const pairs = given.filter(([key]) => key !== '__proto__');
  if (pairs.length === 0) return true;
  if (!op.query) return false;
  return op.query.safeParse({ ...parseQuery(pairs) }).success && !pairs.some(([k]) => /^(__proto__|constructor|prototype)(\[\])?$/.test(k));
}

function bodyValid(op, text) {
  if (!op.mutates) return true;
  if (Buffer.byteLength(text ?? '') > MAX_BODY_BYTES) return false;
  let body;
  try {
    body = text && text.trim() ? JSON.parse(text) : undefined;
  } catch {
    return false;
  }
  if (!op.body) return body === undefined || (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0);
  return op.body.safeParse(body ?? {}).success;
}

const encodeQuery = (pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k).replace(/%5B%5D$/, '[]')}=${encodeURIComponent(v)}`).join('&')}` : '');

/**
 * The cases: `{ op, method, path (raw, after /api/admin), body, invalid, raw }`. `invalid` cases
 * must be refused before anything is sent; `raw` ones (dot segments resolved by the server) and
 * valid reads may reach upstream, but only at registry paths.
 */
export function fuzzCases(operations, ids, seed, { pathRuns = 4, queryRuns = 4, bodyRuns = 7 } = {}) {
  const cases = [];
  let n = 0;
  const draw = (arb, runs) => fc.sample(arb, { seed: seed + n++, numRuns: runs });
  const validPath = fillOperation;
  for (const op of operations) {
    const params = paramsOf(op);
    const goodPath = validPath(op, ids);
    const validBody = op.mutates ? (op.body ? null : '') : undefined;
    const push = (c) => {
      if (op.mutates && !c.invalid && !c.raw) return; // a valid change would act on the sandbox: never sent
      cases.push({ op, method: op.method, ...c });
    };
    // Path ids: one param replaced by a tricky id (encoded: it stays one segment).
    if (params.length > 0) {
      for (const [id, which] of draw(fc.tuple(pathId, fc.nat(params.length - 1)), pathRuns)) {
        const name = params[which];
        const path = op.path.replace(/\{([a-z_]+)\}/g, (_, p) => (p === name ? encodeURIComponent(id) : encodeURIComponent(ids[p] ?? 'x')));
        const idOk = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/.test(id);
        push({ path, body: validBody ?? '{}', invalid: !idOk || (op.mutates && !bodyValid(op, validBody ?? '{}')), kind: 'path' });
      }
      // Dot segments the server resolves before routing: reads only (resolved, a change could land
      // on another real operation of the sandbox, as it would from a browser).
      const [trick] = draw(fc.constantFrom(...RAW_TRICKS), 1);
      const path = op.path.replace(`{${params[0]}}`, trick).replace(/\{([a-z_]+)\}/g, (_, p) => encodeURIComponent(ids[p] ?? 'x'));
      if (!op.mutates) cases.push({ op, method: op.method, path, invalid: false, raw: true, kind: 'raw path' });
    }
    // Query strings.
    for (const pairs of draw(query, queryRuns)) {
      push({ path: `${goodPath}${encodeQuery(pairs)}`, body: validBody ?? '{}', invalid: !queryValid(op, pairs) || !bodyValid(op, validBody ?? '{}'), kind: 'query' });
    }
    // Bodies (changes only).
    if (op.mutates) for (const text of draw(bodyText, bodyRuns)) push({ path: goodPath, body: text, invalid: !bodyValid(op, text), kind: 'body' });
  }
  return cases;
}
