// Check 2b: ids from another project. A project API key, a service account and a member of
// project A, used under project B's path by an admin or operator (who may act on both projects).
// The console cannot tell which project an id belongs to (ids are opaque to it): it relies on the
// Admin API scoping every id to the project in the path. So the check proves that the upstream
// (the sandbox) answers 404, that the console passes the 404 on, and that project A is exactly as
// it was (read before and after, straight from the sandbox).
import { line, request } from './probe.mjs';
import { SANDBOX_KEY } from './server.mjs';

async function sandboxList(base, path) {
  const response = await fetch(`${base}/sandbox/v1${path}`, { headers: { authorization: `Bearer ${SANDBOX_KEY}` } });
  if (!response.ok) throw new Error(`The sandbox answered ${response.status} to ${path}.`);
  return (await response.json()).data ?? [];
}

/** Project A's keys, service accounts and members, as comparable text. */
async function snapshot(base, project) {
  const P = `/organization/projects/${project}`;
  const [keys, accounts, users] = await Promise.all([
    sandboxList(base, `${P}/api_keys?limit=100&owner_project_access=any`),
    sandboxList(base, `${P}/service_accounts?limit=100`),
    sandboxList(base, `${P}/users?limit=100`),
  ]);
  return {
    keys,
    accounts,
    users,
    text: JSON.stringify([keys.map((k) => [k.id, k.name]), accounts.map((a) => [a.id, a.name, a.role]), users.map((u) => [u.id, u.role])]),
  };
}

/** Two active projects: A with a user-owned key, a service account and a member B lacks. */
async function pickProjects(base) {
  const projects = await sandboxList(base, '/organization/projects?limit=30');
  for (const a of projects) {
    const found = await snapshot(base, a.id);
    const key = found.keys.find((k) => k.owner?.type === 'user');
    const account = found.accounts[0];
    if (!key || !account) continue;
    for (const b of projects) {
      if (b.id === a.id) continue;
      const inB = new Set((await sandboxList(base, `/organization/projects/${b.id}/users?limit=100`)).map((u) => u.id));
      const user = found.users.find((u) => !inB.has(u.id));
      if (user) return { a: a.id, b: b.id, key: key.id, account: account.id, user: user.id };
    }
  }
  throw new Error('The sandbox has no two projects to check ids across (a key, a service account and a member only in one).');
}

export async function checkCrossProject({ base, upstream, sessions }) {
  const ids = await pickProjects(base);
  const B = `/organization/projects/${ids.b}`;
  const cases = [
    ['operator', 'GET', `${B}/api_keys/${ids.key}`],
    ['admin', 'DELETE', `${B}/api_keys/${ids.key}`],
    ['operator', 'GET', `${B}/service_accounts/${ids.account}`],
    ['admin', 'POST', `${B}/service_accounts/${ids.account}`, { name: 'renamed from another project' }],
    ['admin', 'POST', `${B}/service_accounts/${ids.account}/api_keys`, { name: 'minted from another project' }],
    ['admin', 'DELETE', `${B}/service_accounts/${ids.account}`],
    ['operator', 'GET', `${B}/users/${ids.user}`],
    ['operator', 'POST', `${B}/users/${ids.user}`, { role: 'member' }],
    ['operator', 'DELETE', `${B}/users/${ids.user}`],
  ];
  const before = await snapshot(base, ids.a);
  const calls = upstream.count();
  const details = [];
  let passedOn = 0;
  for (const [role, method, path, body] of cases) {
    const answer = await request(base, {
      method,
      path: `/api/admin${path}`,
      headers: { cookie: sessions[role], origin: base, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    let code = null;
    try {
      code = JSON.parse(answer.text).error?.code ?? null;
    } catch {
      // not JSON: counted as a failure below
    }
    if (answer.status === 404 && code === 'not_found') passedOn++;
    else details.push(`${role} ${method} ${path} → ${answer.status} ${answer.text.slice(0, 160)}`);
  }
  const sent = upstream.count() - calls;
  const after = await snapshot(base, ids.a);
  const unchanged = after.text === before.text;
  if (!unchanged) details.push(`project ${ids.a} changed: before ${before.text} after ${after.text}`);
  return {
    lines: [
      line(
        `ids from another project: ${cases.length} operations on project B with project A's key, service account and member ids (admin, operator)`,
        `upstream 404 passed on ${passedOn}/${cases.length} (${sent} upstream calls: the console cannot tell whose id it is and relies on the API's scoping), project A unchanged (${before.keys.length} keys, ${before.accounts.length} service accounts, ${before.users.length} members) ${unchanged ? 'yes' : 'NO'}`,
        passedOn === cases.length && unchanged && sent === cases.length,
      ),
    ],
    details,
  };
}
