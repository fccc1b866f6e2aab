// Check 2: viewer and operator sessions against every registry operation above their role (and
// the operations whose body makes them an admin's decision: granting owner) → 403 each time, and
// no upstream mutation.
import { fillOperation } from './routes.mjs';
import { line, pool, request, settle } from './probe.mjs';

const RANK = { viewer: 0, operator: 1, admin: 2 };

/** Bodies that grant owner rights, for operations that are an operator's unless the body does that. */
function ownerBody(name, ids) {
  switch (name) {
    case 'invites.create':
      return { email: 'attacker@evil.example', role: 'owner' };
    case 'users.update':
    case 'projects.users.update':
      return { role: 'owner' };
    case 'projects.users.create':
      return { user_id: ids.user_id, role: 'owner' };
    default:
      return null;
  }
}

export function refusalCases(operations, ids, role) {
  const cases = [];
  for (const op of operations) {
    if (RANK[op.role] > RANK[role]) cases.push({ op, body: op.method === 'GET' ? undefined : {} });
    else if (op.roleForBody) {
      const body = ownerBody(op.name, ids);
      if (!body) throw new Error(`${op.name} decides its role from the body: add an owner-granting body for it in check-roles.mjs.`);
      if (op.roleForBody(body) && RANK[op.roleForBody(body)] > RANK[role]) cases.push({ op, body, label: 'granting owner' });
    }
  }
  return cases;
}

export async function checkRoles({ base, upstream, operations, ids, sessions }) {
  const lines = [];
  const details = [];
  for (const role of ['viewer', 'operator']) {
    const cases = refusalCases(operations, ids, role);
    await settle(upstream);
    const before = upstream.mutations();
    const failures = [];
    await pool(cases, 8, async ({ op, body, label }) => {
      const answer = await request(base, {
        method: op.method,
        path: `/api/admin${fillOperation(op, ids)}`,
        headers: { cookie: sessions[role], origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (answer.status !== 403) failures.push(`${role} ${op.name}${label ? ` (${label})` : ''} → ${answer.status} ${answer.text.slice(0, 120)}`);
    });
    await settle(upstream);
    const mutations = upstream.mutations() - before;
    const owner = cases.filter((c) => c.label).length;
    lines.push(
      line(
        `${role} above its role: ${cases.length} operations (${owner} granting owner)`,
        `refused ${cases.length - failures.length}/${cases.length}, upstream mutations ${mutations}`,
        failures.length === 0 && mutations === 0 && cases.length > 0,
      ),
    );
    details.push(...failures);
  }
  return { lines, details };
}
