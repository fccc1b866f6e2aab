// Check 9: sessions that must no longer work. A signed-out session, a user's three live sessions
// after an admin revoked them through Settings, and sessions past their idle timeout and absolute
// lifetime are replayed on every page, route handler and proxy operation: none may be accepted,
// and the console makes no upstream call. Expiry is arranged by ageing the session rows while the
// console is stopped (PGlite allows one process at a time), then starting it again; waiting an
// hour is not an option. The same restart ages a third session's sign-in past the fresh-sign-in
// window: the most destructive operations then answer 403 reauth_required, before anything is sent.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { rejected, targets } from './check-unauthenticated.mjs';
import { line, pool, request, settle } from './probe.mjs';
import { ADMIN } from './server.mjs';
import { addConsoleUser, signIn } from './sessions.mjs';

// The limits of the console under test: its defaults unless the environment sets them.
const MAX_HOURS = Number(process.env.SESSION_MAX_HOURS || 12);
const FRESH_MINUTES = Number(process.env.FRESH_SIGN_IN_MINUTES || 10);

const cookieHeader = (cookies) => cookies.filter((c) => c.name.includes('session')).map((c) => `${c.name}=${c.value}`).join('; ');
const tokenOf = (cookies) => {
  const value = decodeURIComponent(cookies.find((c) => c.name.includes('session_token'))?.value ?? '');
  return value.slice(0, value.lastIndexOf('.'));
};

async function signedInCookies(browser, base, email, password) {
  const context = await browser.newContext();
  await signIn(context, base, email, password);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** Signs in what the check needs, and revokes the victim's sessions through Settings. */
async function arrange(base) {
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  try {
    const adminContext = await browser.newContext();
    const adminPage = await signIn(adminContext, base, ADMIN.email, ADMIN.password);
    const victim = await addConsoleUser(adminPage, base, 'operator');
    const revoked = [];
    for (let i = 0; i < 3; i += 1) revoked.push(cookieHeader(await signedInCookies(browser, base, victim.email, victim.password)));
    const aged = {};
    for (const name of ['idle', 'lifetime', 'stale']) aged[name] = await signedInCookies(browser, base, ADMIN.email, ADMIN.password);
    const liveBefore = await Promise.all(revoked.map((cookie) => request(base, { path: '/api/admin/organization/projects?limit=1', headers: { cookie } })));

    await adminPage.goto(`${base}/settings`);
    const row = adminPage.getByRole('row').filter({ hasText: victim.email });
    await row.getByRole('button', { name: /^Revoke sessions of / }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Revoke sessions' }).click();
    await adminPage.getByRole('dialog').waitFor({ state: 'hidden', timeout: 30_000 });
    return { revoked, live: liveBefore.filter((a) => a.status === 200).length, aged };
  } finally {
    await browser.close();
  }
}

/** Ages the rows: idle (unused past its expiry), lifetime (signed in too long ago), stale (sign-in older than the fresh window). */
async function ageRows(dataDir, aged) {
  const db = new PGlite(path.join(dataDir, 'pglite'));
  try {
    await db.query(`update auth_session set expires_at = now() - interval '1 minute', updated_at = now() - interval '2 hours' where token = $1`, [tokenOf(aged.idle)]);
    await db.query(`update auth_session set created_at = now() - make_interval(hours => $2::int + 1) where token = $1`, [tokenOf(aged.lifetime), MAX_HOURS]);
    await db.query(`update auth_session set created_at = now() - make_interval(mins => $2::int + 1) where token = $1`, [tokenOf(aged.stale), FRESH_MINUTES]);
    const { rows } = await db.query(`select count(*)::int as n from auth_session where token = any($1)`, [[tokenOf(aged.idle), tokenOf(aged.lifetime), tokenOf(aged.stale)]]);
    return rows[0].n;
  } finally {
    await db.close();
  }
}

/** Replays each cookie on every target; returns { accepted, total, failures }. */
async function replay(base, list, cookies, label) {
  const failures = [];
  const cases = cookies.flatMap((cookie) => list.map((target) => ({ target, cookie })));
  await pool(cases, 8, async ({ target, cookie }) => {
    const answer = await request(base, { method: target.method, path: target.path, headers: { ...target.headers, cookie }, body: target.body });
    if (!rejected(target.kind, answer)) failures.push(`${label}: ${target.label} → ${answer.status} ${answer.headers.get('location') ?? ''}`);
  });
  return { accepted: failures.length, total: cases.length, failures };
}

export async function checkSessions({ base, upstream, routes, operations, ids, sessions, restart }) {
  const started = Date.now();
  const { revoked, live, aged } = await arrange(base);
  const found = await restart((dataDir) => ageRows(dataDir, aged));
  const list = targets(routes, operations, ids, base);
  const where = `${list.filter((t) => t.kind === 'page').length} pages, ${list.filter((t) => t.kind === 'route').length} route-handler methods, ${list.filter((t) => t.kind === 'operation').length} operations`;

  // The restarted console warms its people directory 2 s after start (directory/warm.ts): wait
  // for that to be over, so the count below holds only what replays and refusals cause.
  await settle(upstream, 4000);
  const before = upstream.count();
  // First visit of each expired session: sent to sign-in with the reason; a second finds nothing (deleted).
  const reasons = [];
  for (const [name, cookies] of [['idle', aged.idle], ['lifetime', aged.lifetime]]) {
    const first = await request(base, { path: '/', headers: { cookie: cookieHeader(cookies) } });
    const second = await request(base, { path: '/', headers: { cookie: cookieHeader(cookies) } });
    reasons.push({ said: (first.headers.get('location') ?? '').endsWith(`/sign-in?ended=${name}`), deleted: /\/sign-in$/.test(second.headers.get('location') ?? '') });
  }
  const expired = await replay(base, list, [cookieHeader(aged.idle), cookieHeader(aged.lifetime)], 'expired');
  const signedOut = await replay(base, list, [sessions.ended], 'signed out');
  const afterRevoke = await replay(base, list, revoked, 'revoked');

  // The stale sign-in: every operation marked in the registry refused; reads still work.
  const fresh = operations.filter((op) => op.freshSignIn);
  const stale = cookieHeader(aged.stale);
  const refusals = await Promise.all(
    fresh.map(async (op) => {
      const body = op.name === 'users.update' ? JSON.stringify({ role: 'reader' }) : '{}';
      const path = `/api/admin${op.path.replace(/\{([a-z_]+)\}/g, (_, name) => ids[name] ?? 'x')}`;
      const answer = await request(base, { method: op.method, path, headers: { cookie: stale, origin: base, 'content-type': 'application/json' }, body });
      return answer.status === 403 && answer.text.includes('"reauth_required"') ? null : `fresh sign-in: ${op.name} → ${answer.status} ${answer.text.slice(0, 120)}`;
    }),
  );
  await settle(upstream);
  const calls = upstream.count() - before;
  const reads = await request(base, { path: '/api/admin/organization/projects?limit=1', headers: { cookie: stale } });

  const said = reasons.filter((r) => r.said).length;
  const deleted = reasons.filter((r) => r.deleted).length;
  const refused = refusals.filter((r) => r === null).length;
  const seconds = Math.round((Date.now() - started) / 1000);
  return {
    lines: [
      line(
        `session replays after idle and absolute expiry (rows aged ${MAX_HOURS + 1} h / past idle while the console was stopped; ${where})`,
        `accepted ${expired.accepted}/${expired.total}, sign-in said why ${said}/2, rows deleted ${deleted}/2, rows aged ${found}/3`,
        expired.accepted === 0 && said === 2 && deleted === 2 && found === 3,
      ),
      line(`session replays after sign-out (${where})`, `accepted ${signedOut.accepted}/${signedOut.total}`, signedOut.accepted === 0),
      line(
        'session replays after revoking a user with 3 live sessions (Settings → Revoke sessions)',
        `live before ${live}/3, accepted ${afterRevoke.accepted}/${afterRevoke.total}`,
        live === 3 && afterRevoke.accepted === 0,
      ),
      line(
        `fresh sign-in: ${fresh.length} destructive operations with a sign-in ${FRESH_MINUTES + 1} min old`,
        `refused ${refused}/${fresh.length} (403 reauth_required), reads still allowed ${reads.status === 200 ? 'yes' : 'no'}`,
        refused === fresh.length && reads.status === 200,
      ),
      line(`session checks: upstream calls from replays and refusals (${seconds} s in all)`, `${calls}`, calls === 0),
    ],
    details: [...expired.failures, ...signedOut.failures, ...afterRevoke.failures, ...refusals.filter(Boolean)],
  };
}
