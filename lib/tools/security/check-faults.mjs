// Check 7: upstream faults, made by the sandbox for chosen calls through the relay (server.mjs,
// `inject`), each on the suite's own new projects. Reads are retried a bounded number of times
// (429 after its Retry-After), changes are sent once; a change whose answer was lost is re-read and
// answered with what happened (duplicates 0); a stall gives up at the timeout while other routes
// answer; a rejected admin key gives one clear message and no retry storm.
import { SANDBOX_KEY } from './server.mjs';
import { line, pool, request, settle } from './probe.mjs';

const TRIALS = Number(process.env.SECURITY_FAULT_TRIALS || 50);
const tag = () => Math.random().toString(36).slice(2, 8);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export async function checkFaults({ base, upstream, sessions }) {
  const api = async (method, path, body) => {
    const started = Date.now();
    const answer = await request(base, {
      method,
      path: `/api/admin${path}`,
      headers: { cookie: sessions.admin, ...(method === 'GET' ? {} : { origin: base, 'content-type': 'application/json' }) },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    let json = null;
    try {
      json = JSON.parse(answer.text);
    } catch {
      // not JSON: reported as such by the line that reads it
    }
    return { ...answer, json, error: json?.error ?? {}, ms: Date.now() - started };
  };
  /** The calls that reached upstream from `from` on, for one method and path prefix. */
  const callsTo = (from, method, path) => upstream.calls.slice(from).filter((c) => c.method === method && c.path.startsWith(`/v1${path}`));
  /** What the sandbox holds, read directly (not through the console: not counted). */
  const held = async (path) => {
    const response = await fetch(`${base}/sandbox/v1${path}?limit=100`, { headers: { authorization: `Bearer ${SANDBOX_KEY}` } });
    return (await response.json()).data ?? [];
  };
  const newProject = async (what) => {
    const created = await api('POST', '/organization/projects', { name: `Security faults ${what} ${tag()}` });
    if (created.status !== 200) throw new Error(`Could not create a project for the fault check: ${created.status} ${created.text.slice(0, 200)}`);
    return `/organization/projects/${created.json.id}`;
  };

  await settle(upstream);
  const P = await newProject('misc');
  const S = await newProject('stall');
  const accounts = `${P}/service_accounts`;
  const lines = [];
  const details = [];
  const faulted = async (rule, run) => {
    const injected = upstream.inject(rule);
    try {
      return await run();
    } finally {
      injected.remove();
    }
  };

  // The stall runs alongside the others: it waits out the timeout (and, on a read, two retries).
  const stall = stallCheck({ api, upstream, callsTo, held, faulted, S });

  // 429 on a read: retried after Retry-After, then one success.
  {
    const from = upstream.calls.length;
    const answer = await faulted({ method: 'GET', path: accounts, fault: 'rate-limit;retry-after=1', times: 1 }, () => api('GET', accounts));
    const calls = callsTo(from, 'GET', accounts);
    const waited = calls.length === 2 ? calls[1].at - calls[0].at : 0;
    lines.push(line('429 + Retry-After 1 s on a read', `upstream calls ${calls.length}, retried after ${seconds(waited)}, answered ${answer.status}`, calls.length === 2 && waited >= 950 && answer.status === 200));
  }
  // 429 on a change: not retried; the person is told how long to wait.
  {
    const from = upstream.calls.length;
    const name = `rate-limited-${tag()}`;
    const answer = await faulted({ method: 'POST', path: accounts, fault: 'rate-limit;retry-after=7', times: 1 }, () => api('POST', accounts, { name }));
    const sent = callsTo(from, 'POST', accounts).length;
    const made = (await held(accounts)).filter((a) => a.name === name).length;
    const pass = sent === 1 && made === 0 && answer.status === 429 && /7 s/.test(answer.error.message ?? '') && answer.headers.get('retry-after') === '7';
    lines.push(line('429 + Retry-After 7 s on a create', `upstream calls ${sent} (not retried), answered ${answer.status} “${answer.error.message}”`, pass));
  }
  // 500 on a read: bounded retries, then a clear error.
  {
    const from = upstream.calls.length;
    const answer = await faulted({ method: 'GET', path: accounts, fault: '500' }, () => api('GET', accounts));
    const calls = callsTo(from, 'GET', accounts).length;
    lines.push(line('500 on a read', `upstream calls ${calls} (2 retries), answered ${answer.status} ${answer.error.code}`, calls === 3 && answer.status === 502 && answer.error.code === 'upstream_error'));
  }
  // 500 on a create: sent once, re-read, not applied.
  {
    const from = upstream.calls.length;
    const name = `server-error-${tag()}`;
    const answer = await faulted({ method: 'POST', path: accounts, fault: '500', times: 1 }, () => api('POST', accounts, { name }));
    const sent = callsTo(from, 'POST', accounts).length;
    const made = (await held(accounts)).filter((a) => a.name === name).length;
    const pass = sent === 1 && made === 0 && answer.error.code === 'outcome_unknown' && answer.error.outcome === 'not_applied';
    lines.push(line('500 on a create', `upstream calls ${sent}, created ${made}, answered outcome '${answer.error.outcome}'`, pass));
    if (!pass) details.push(`500 on a create → ${answer.status} ${answer.text.slice(0, 300)}`);
  }
  // A reset after the create was applied, TRIALS times: each sent once, found by the re-read.
  {
    const from = upstream.calls.length;
    const names = Array.from({ length: TRIALS }, (_, i) => `reset-${i}-${tag()}`);
    const answers = await faulted({ method: 'POST', path: accounts, fault: 'reset-after-apply', times: TRIALS }, () =>
      pool(names, 4, (name) => api('POST', accounts, { name })),
    );
    const sent = callsTo(from, 'POST', accounts).length;
    const all = await held(accounts);
    const counts = names.map((name) => all.filter((a) => a.name === name).length);
    const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const missing = counts.filter((n) => n === 0).length;
    const applied = answers.filter((a) => a.error.outcome === 'applied' && a.error.secret_lost === true && names.includes(a.error.target?.name)).length;
    lines.push(
      line(
        `reset after applying a create × ${TRIALS}`,
        `upstream creates ${sent}, duplicates ${duplicates}, missing ${missing}, answered 'applied' (key lost) ${applied}/${TRIALS}`,
        sent === TRIALS && duplicates === 0 && missing === 0 && applied === TRIALS,
      ),
    );
    for (const a of answers.filter((x) => x.error.outcome !== 'applied').slice(0, 3)) details.push(`reset-after-apply → ${a.status} ${a.text.slice(0, 300)}`);
  }
  // Truncated JSON: a read says the answer could not be read; a create is re-read and found.
  {
    let from = upstream.calls.length;
    const read = await faulted({ method: 'GET', path: P, fault: 'truncated', times: 1 }, () => api('GET', P));
    const readCalls = callsTo(from, 'GET', P).length;
    from = upstream.calls.length;
    const name = `truncated-${tag()}`;
    const created = await faulted({ method: 'POST', path: accounts, fault: 'truncated', times: 1 }, () => api('POST', accounts, { name }));
    const sent = callsTo(from, 'POST', accounts).length;
    const made = (await held(accounts)).filter((a) => a.name === name).length;
    const pass = read.status === 502 && read.error.code === 'upstream_bad_answer' && readCalls === 1 && sent === 1 && made === 1 && created.error.outcome === 'applied';
    lines.push(line('truncated JSON', `read answered ${read.status} ${read.error.code} (upstream calls ${readCalls}); create sent ${sent}, created ${made}, answered '${created.error.outcome}'`, pass));
  }
  // A rejected admin key: one clear message, one call (nothing retried).
  {
    const from = upstream.calls.length;
    const answer = await faulted({ method: 'GET', path: accounts, badKey: true }, () => api('GET', accounts));
    const calls = callsTo(from, 'GET', accounts).length;
    const pass = calls === 1 && answer.status === 502 && answer.error.code === 'upstream_auth' && /OPENAI_ADMIN_KEY/.test(answer.error.message ?? '') && !answer.text.includes('sk-admin-wrong');
    lines.push(line('upstream 401 (admin key rejected)', `upstream calls ${calls}, answered ${answer.status} “${answer.error.message}”`, pass));
  }
  const stalled = await stall;
  lines.push(...stalled.lines);
  details.push(...stalled.details);
  await settle(upstream);
  return { lines, details };
}

/**
 * A stall (headers never come) on a read and on a create of project S, at the same time: the read
 * gives up at the timeout on each of its 3 attempts, the create after 1; another route answers
 * normally meanwhile.
 */
async function stallCheck({ api, upstream, callsTo, held, faulted, S }) {
  const from = upstream.calls.length;
  const name = `stalled-${tag()}`;
  const users = `${S}/users`;
  const accounts = `${S}/service_accounts`;
  const [read, create, other] = await faulted({ path: users, fault: 'stall;max=60', method: 'GET' }, () =>
    faulted({ path: accounts, fault: 'stall;max=60', method: 'POST', times: 1 }, () =>
      Promise.all([
        api('GET', users),
        api('POST', accounts, { name }),
        new Promise((resolve) => setTimeout(resolve, 1000)).then(() => api('GET', '/organization/projects?limit=5')),
      ]),
    ),
  );
  const readCalls = callsTo(from, 'GET', users).length;
  const sent = callsTo(from, 'POST', accounts).length;
  const made = (await held(accounts)).filter((a) => a.name === name).length;
  const timeout = Number(process.env.SECURITY_UPSTREAM_TIMEOUT_MS || 5000);
  return {
    lines: [
      line(
        `stall on a read (timeout ${seconds(timeout)})`,
        `gave up after ${seconds(read.ms)} (${readCalls} attempts), answered ${read.status} ${read.error.code}; another route answered ${other.status} in ${seconds(other.ms)} meanwhile`,
        read.status === 502 && read.error.code === 'upstream_timeout' && readCalls === 3 && read.ms >= timeout && other.status === 200 && other.ms < timeout,
      ),
      line(
        'stall on a create',
        `gave up after ${seconds(create.ms)} (${sent} attempt), created ${made}, answered '${create.error.outcome}'`,
        sent === 1 && made === 0 && create.error.outcome === 'not_applied' && create.ms >= timeout,
      ),
    ],
    details: read.status === 502 && create.error.outcome ? [] : [`stall → read ${read.status} ${read.text.slice(0, 200)}; create ${create.status} ${create.text.slice(0, 200)}`],
  };
}
