// Check 1: every page, route handler and admin-proxy operation without a session, with a forged
// and an ended session cookie, and with the known middleware/RSC bypass variants → pages go to
// /sign-in, APIs answer 401, and the console makes no upstream call.
import { fillOperation, fillTemplate } from './routes.mjs';
import { line, pool, request, settle } from './probe.mjs';

/** x-middleware-subrequest values that skipped middleware in CVE-2025-29927 (and the proxy.ts name of Next 16). */
const SUBREQUEST_VALUES = [
  'middleware',
  'src/middleware',
  'pages/_middleware',
  'middleware:middleware:middleware:middleware:middleware',
  'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  'proxy:proxy:proxy:proxy:proxy',
];

export function variants(cookieName, ended) {
  return [
    { name: 'no session', headers: {} },
    { name: 'forged session', headers: { cookie: `${cookieName}=forged0123456789abcdefghijklmnop.c2lnbmF0dXJlLWZvcmdlZA%3D%3D` } },
    { name: 'ended session', headers: { cookie: ended } },
    ...SUBREQUEST_VALUES.map((value) => ({ name: `x-middleware-subrequest: ${value}`, headers: { 'x-middleware-subrequest': value } })),
    { name: '?_rsc=', query: '_rsc=sec1', headers: {} },
    { name: 'RSC: 1', headers: { rsc: '1' } },
    { name: 'RSC: 1 + Next-Router-Prefetch: 1', headers: { rsc: '1', 'next-router-prefetch': '1' } },
  ];
}

/** The targets: built pages and route handlers (GET), and every registry operation through /api/admin. */
/**
 * A server action's call as React sends a form action: the previous state and a FormData, with the
 * fields of a privileged change (every guarded action checks the session before reading them).
 */
function actionBody() {
  const form = new FormData();
  form.append('0', JSON.stringify([{ error: null }, '$K1']));
  for (const [key, value] of Object.entries({ name: 'Mallory', email: 'mallory@evil.example', role: 'admin', password: 'attacker password 123', userId: 'x' }))
    form.append(`1_${key}`, value);
  return form;
}

export function targets(routes, operations, ids, base, actions = []) {
  const list = routes
    .filter((r) => !(r.kind === 'route' && r.template.startsWith('/api/admin/')))
    .flatMap((r) =>
      r.methods.map((method) => ({
        kind: r.kind,
        label: `${r.kind} ${method} ${r.template}`,
        method,
        path: fillTemplate(r.template, ids),
        ...(method === 'GET' ? {} : { headers: { origin: base, 'content-type': 'application/json' }, body: '{}' }),
      })),
    );
  for (const action of actions) {
    list.push({
      kind: 'action',
      label: `action ${action.name}`,
      method: 'POST',
      path: fillTemplate(action.template, ids),
      headers: { 'next-action': action.id, origin: base },
      body: actionBody,
    });
  }
  for (const op of operations) {
    const mutates = op.method !== 'GET';
    list.push({
      kind: 'operation',
      label: `operation ${op.name}`,
      method: op.method,
      path: `/api/admin${fillOperation(op, ids)}`,
      headers: mutates ? { origin: base, 'content-type': 'application/json' } : {},
      body: mutates ? '{}' : undefined,
    });
  }
  return list;
}

const SIGN_IN_DIGEST = '"digest":"NEXT_REDIRECT;replace;/sign-in;';

/**
 * A prefetch of a page without a loading boundary is answered with the route tree alone: no
 * segment carries rendered data (`"d":{…}`) or elements (`"r":["$",…]`), so nothing of the page ran.
 */
function rendersNothing(text) {
  return !text.includes('"d":{') && !text.includes('"r":["$"');
}

/**
 * A server action refuses by answering its result `{"error":"…"}` (row 1 of the flight payload);
 * with an RSC variant Next does not run the action at all and answers as the page does.
 */
function actionRefused(answer) {
  if (answer.status !== 200) return false;
  const result = /^1:(\{.*\})$/m.exec(answer.text);
  if (!result) return false;
  try {
    const { error } = JSON.parse(result[1]);
    return typeof error === 'string' && error.length > 0;
  } catch {
    return false;
  }
}

/**
 * Whether an answer refused the caller: a page sends them to /sign-in, anything else says 401.
 * An RSC request (`RSC: 1`, `?_rsc=`) is answered 200 with a flight payload: it is refused when
 * that payload carries Next's redirect to /sign-in (the client router follows it) or renders
 * nothing, and holds none of the sandbox's object ids that are not already in the address
 * (`secrets`), so no data came with it.
 */
export function rejected(kind, answer, secrets = []) {
  // An action POST that Next treats as a page request (RSC variants) gets the page's answer.
  if (kind === 'action') return actionRefused(answer) || rejected('page', answer, secrets);
  if (kind !== 'page') return answer.status === 401;
  const location = answer.headers.get('location') ?? '';
  if (answer.status >= 300 && answer.status < 400) return /^(https?:\/\/[^/]+)?\/sign-in(\?|$)/.test(location);
  const flight = (answer.headers.get('content-type') ?? '').startsWith('text/x-component');
  if (answer.status === 200 && flight) {
    if (secrets.some((id) => answer.text.includes(id))) return false;
    return answer.text.includes(SIGN_IN_DIGEST) || rendersNothing(answer.text);
  }
  return answer.status === 401 || answer.status === 403;
}

export async function checkUnauthenticated({ base, upstream, routes, actions, operations, ids, sessions }) {
  const list = targets(routes, operations, ids, base, actions);
  const cases = list.flatMap((target) => variants(sessions.cookieName, sessions.ended).map((variant) => ({ target, variant })));
  await settle(upstream);
  const before = upstream.count();
  const failures = [];
  await pool(cases, 8, async ({ target, variant }) => {
    const separator = target.path.includes('?') ? '&' : '?';
    const path = variant.query ? `${target.path}${separator}${variant.query}` : target.path;
    const answer = await request(base, { method: target.method, path, headers: { ...target.headers, ...variant.headers }, body: typeof target.body === 'function' ? target.body() : target.body });
    const secrets = Object.values(ids).filter((id) => !path.includes(id));
    if (!rejected(target.kind, answer, secrets)) failures.push(`${target.label} [${variant.name}] → ${answer.status} ${answer.headers.get('location') ?? ''}`);
  });
  await settle(upstream);
  const calls = upstream.count() - before;

  // The control: signed in as the admin, the same pages open (200), so a refusal above is the
  // missing session's doing, not a broken page or a wrong id.
  const pageTargets = list.filter((t) => t.kind === 'page');
  const closed = [];
  const opened = await pool(pageTargets, 4, async (target) => {
    const answer = await request(base, { path: target.path, headers: { cookie: sessions.admin } });
    if (answer.status !== 200) closed.push(`control: ${target.label} as admin → ${answer.status}`);
    return answer.status === 200;
  });
  const openedCount = opened.filter(Boolean).length;
  const pages = list.filter((t) => t.kind === 'page').length;
  const handlers = list.filter((t) => t.kind === 'route').length; // route handler × method
  const actionCount = list.filter((t) => t.kind === 'action').length;
  const ops = list.length - pages - handlers - actionCount;
  const n = cases.length;
  return {
    lines: [
      line(
        `unauthenticated: ${pages} pages, ${handlers} route-handler methods, ${actionCount} server actions, ${ops} operations × ${n / list.length} variants`,
        `rejected ${n - failures.length}/${n}, upstream calls ${calls}`,
        failures.length === 0 && calls === 0,
      ),
      line('signed-in control: the same pages as the admin', `opened ${openedCount}/${pageTargets.length}`, openedCount === pageTargets.length),
    ],
    details: [...failures, ...closed],
  };
}
