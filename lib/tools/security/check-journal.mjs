// Check 10: the journal. Changes of different operations by the admin and the operator (most
// succeed, one fails upstream through an injected 429, two are refused by role) → the journal, read
// through GET /api/journal, holds exactly the accepted ones, each with user, role, operation,
// target, outcome and upstream request id; the refused ones are absent. Then "journal store
// unavailable": the server's embedded database cannot be taken down from outside the process, so
// the suite runs lib/server/proxy/journal-unavailable.test.ts (the real pipeline and sandbox with
// a closed database, a relay counting what reaches the sandbox) and reports its figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../build-if-needed.mjs';
import { line, request, settle } from './probe.mjs';
import { ADMIN, SANDBOX_KEY } from './server.mjs';

async function change(base, cookie, method, apiPath, body) {
  const answer = await request(base, {
    method,
    path: `/api/admin${apiPath}`,
    headers: { cookie, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  let json = null;
  try {
    json = JSON.parse(answer.text);
  } catch {
    // counted as a failure by the caller
  }
  return { status: answer.status, json };
}

async function journal(base, cookie, query) {
  const answer = await request(base, { path: `/api/journal?${query}`, headers: { cookie } });
  if (answer.status !== 200) throw new Error(`GET /api/journal answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  return JSON.parse(answer.text).data;
}

const complete = (entry) =>
  Boolean(entry.user_email && entry.user_role && entry.operation && entry.outcome && entry.upstream_request_id) &&
  (Object.keys(entry.target_ids ?? {}).length > 0 || Object.keys(entry.result_ids ?? {}).length > 0);

async function accountedChanges({ base, upstream, sessions }) {
  const tag = Math.random().toString(36).slice(2, 8);
  const { admin, operator, viewer } = sessions;
  const newest = (await journal(base, admin, 'limit=1'))[0]?.id ?? 0;
  const sent = upstream.mutations();
  const made = [];
  const expect = (who, role, operation, outcome, answer, wanted) => made.push({ who, role, operation, outcome, ok: answer.status === wanted, answer });

  const project = await change(base, admin, 'POST', '/organization/projects', { name: `journal check ${tag}` });
  expect(ADMIN.email, 'admin', 'projects.create', 'succeeded', project, 200);
  const P = `/organization/projects/${project.json?.id ?? 'proj_missing'}`;
  expect(ADMIN.email, 'admin', 'projects.update', 'succeeded', await change(base, admin, 'POST', P, { name: `journal check ${tag} renamed` }), 200);
  expect(ADMIN.email, 'admin', 'invites.create', 'succeeded', await change(base, admin, 'POST', '/organization/invites', { email: `journal-${tag}@example.com`, role: 'reader' }), 200);
  expect(null, 'operator', 'groups.create', 'succeeded', await change(base, operator, 'POST', '/organization/groups', { name: `journal check ${tag}` }), 200);
  // One change upstream refuses: a 429 injected for this project's next POST only.
  const fault = await fetch(`${base}/sandbox/control/faults`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ add: `rate-limit;method=POST;path=${P};times=1:1` }),
  });
  if (!fault.ok) throw new Error(`The sandbox refused the fault: ${fault.status} ${await fault.text()}`);
  expect(ADMIN.email, 'admin', 'projects.update', 'failed', await change(base, admin, 'POST', P, { name: `journal check ${tag} refused` }), 429);
  expect(null, 'operator', 'projects.archive', 'succeeded', await change(base, operator, 'POST', `${P}/archive`), 200);
  // Refused by role: never sent, never journaled.
  const refused = [
    { role: 'viewer', operation: 'projects.create', answer: await change(base, viewer, 'POST', '/organization/projects', { name: `journal viewer ${tag}` }) },
    { role: 'operator', operation: 'adminAPIKeys.create', answer: await change(base, operator, 'POST', '/organization/admin_api_keys', { name: `journal operator ${tag}` }) },
  ];
  await settle(upstream);

  const entries = (await journal(base, admin, 'limit=100')).filter((e) => e.id > newest).reverse();
  const details = [];
  let matched = 0;
  made.forEach((m, i) => {
    const e = entries[i];
    const fits = e && e.operation === m.operation && e.user_role === m.role && e.outcome === m.outcome && (!m.who || e.user_email === m.who) && complete(e);
    if (m.ok && fits) matched++;
    else details.push(`${m.role} ${m.operation}: answer ${m.answer.status}, entry ${e ? JSON.stringify({ op: e.operation, role: e.user_role, outcome: e.outcome, rid: e.upstream_request_id, targets: e.target_ids, result: e.result_ids }) : 'missing'}`);
  });
  const absent = refused.filter((r) => r.answer.status === 403 && !entries.some((e) => e.user_role === r.role && e.operation === r.operation)).length;
  if (absent < refused.length) details.push(`refused by role: answers ${refused.map((r) => r.answer.status).join(', ')}; journaled ${refused.length - absent}`);
  if (entries.length !== made.length) details.push(`${entries.length} new entries for ${made.length} accepted changes`);
  const upstreamChanges = upstream.mutations() - sent;
  const failed = made.filter((m) => m.outcome === 'failed').length;
  return {
    line: line(
      `journal: ${made.length + refused.length} changes (${made.length - failed} succeeded, ${failed} failed upstream on an injected 429, ${refused.length} refused by role)`,
      `entries ${entries.length} = accepted ${made.length}, complete (user, role, operation, target, outcome, request id) ${matched}/${made.length}, refused ones absent ${absent}/${refused.length}, upstream changes ${upstreamChanges}`,
      matched === made.length && entries.length === made.length && absent === refused.length && upstreamChanges === made.length,
    ),
    details,
  };
}

/** Runs the Vitest proof on the real pipeline with its database closed; returns its figures. */
function journalUnavailable() {
  const figures = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journal-check-')), 'figures.json');
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'lib/server/proxy/journal-unavailable.test.ts'], {
    cwd: root,
    env: { ...process.env, SECURITY_FIGURES_FILE: figures },
    encoding: 'utf8',
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const found = fs.existsSync(figures) ? JSON.parse(fs.readFileSync(figures, 'utf8')) : null;
  fs.rmSync(path.dirname(figures), { recursive: true, force: true });
  const f = found ?? { changes: 0, refused: 0, sentWhileDown: '?', accepted: 0, sentWhileUp: '?' };
  return {
    line: line(
      `journal store unavailable: ${f.changes} kinds of change on the real pipeline + sandbox with its database closed (Vitest, ${seconds} s; the server's embedded DB cannot be stopped from outside)`,
      `refused ${f.refused}/${f.changes}, sandbox calls ${f.sentWhileDown}; store up again: sent ${f.sentWhileUp}, accepted ${f.accepted}/${f.changes}`,
      run.status === 0 && found !== null && f.refused === f.changes && f.sentWhileDown === 0 && f.accepted === f.changes,
    ),
    details: run.status === 0 ? [] : [`vitest exited ${run.status}: ${(run.stdout + run.stderr).split('\n').filter((l) => /FAIL|Error|expected/.test(l)).slice(0, 5).join(' | ')}`],
  };
}

export async function checkJournal(context) {
  const accounted = await accountedChanges(context);
  const unavailable = journalUnavailable();
  return { lines: [accounted.line, unavailable.line], details: [...accounted.details, ...unavailable.details] };
}
