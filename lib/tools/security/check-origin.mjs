// Check 3: every mutation, sent with the admin's own session cookie but from another site (foreign
// Origin, `Origin: null`, no Origin with `Sec-Fetch-Site: cross-site`) or as a form/text body →
// refused, upstream calls 0; the same request from the console itself is accepted; and the
// "invite the attacker as owner" replay is refused.
import { fillOperation } from './routes.mjs';
import { line, pool, request, settle } from './probe.mjs';

const EVIL = 'https://evil.example';

export function originVariants(base) {
  const json = { 'content-type': 'application/json' };
  return [
    { name: 'foreign Origin', headers: { ...json, origin: EVIL, 'sec-fetch-site': 'cross-site' } },
    { name: 'foreign Origin, no fetch metadata', headers: { ...json, origin: EVIL } },
    { name: 'Origin: null', headers: { ...json, origin: 'null' } },
    { name: 'no Origin + Sec-Fetch-Site: cross-site', headers: { ...json, 'sec-fetch-site': 'cross-site' } },
    { name: 'no Origin', headers: json },
    { name: 'form body', headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=x' },
    { name: 'multipart body', headers: { origin: base, 'content-type': 'multipart/form-data; boundary=b' }, body: '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n' },
    { name: 'text body', headers: { origin: base, 'content-type': 'text/plain' }, body: '{}' },
  ];
}

const refused = (status) => status === 403 || status === 415;

export async function checkOrigin({ base, upstream, operations, ids, sessions }) {
  const mutations = operations.filter((op) => op.mutates);
  const variants = originVariants(base);
  const cases = mutations.flatMap((op) => variants.map((variant) => ({ op, variant })));
  const details = [];
  await settle(upstream);
  let before = upstream.count();
  await pool(cases, 8, async ({ op, variant }) => {
    const answer = await request(base, {
      method: op.method,
      path: `/api/admin${fillOperation(op, ids)}`,
      headers: { cookie: sessions.admin, ...variant.headers },
      body: variant.body ?? '{}',
    });
    if (!refused(answer.status)) details.push(`${op.name} [${variant.name}] → ${answer.status} ${answer.text.slice(0, 120)}`);
  });
  await settle(upstream);
  const calls = upstream.count() - before;
  const lines = [
    line(
      `cross-site and non-JSON mutations: ${mutations.length} operations × ${variants.length} variants`,
      `rejected ${cases.length - details.length}/${cases.length}, upstream calls ${calls}`,
      details.length === 0 && calls === 0,
    ),
  ];

  // The replay: a page on another site posts "invite attacker@evil.example as owner" with the
  // admin's cookie, as JSON (it would need CORS) and as a simple text/plain form post.
  const invite = JSON.stringify({ email: 'attacker@evil.example', role: 'owner' });
  before = upstream.count();
  const replays = [];
  for (const type of ['application/json', 'text/plain']) {
    replays.push(
      await request(base, {
        method: 'POST',
        path: '/api/admin/organization/invites',
        headers: { cookie: sessions.admin, origin: EVIL, 'sec-fetch-site': 'cross-site', 'content-type': type },
        body: invite,
      }),
    );
  }
  await settle(upstream);
  const replayCalls = upstream.count() - before;
  const replayRefused = replays.filter((r) => refused(r.status)).length;
  lines.push(
    line('replay "invite the attacker as owner" from another site', `rejected ${replayRefused}/${replays.length}, upstream calls ${replayCalls}`, replayRefused === replays.length && replayCalls === 0),
  );

  // The control: the same kind of change from the console itself is accepted and reaches upstream.
  const email = `security-control-${Math.random().toString(36).slice(2, 8)}@example.com`;
  before = upstream.mutations();
  const control = await request(base, {
    method: 'POST',
    path: '/api/admin/organization/invites',
    headers: { cookie: sessions.admin, origin: base, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
    body: JSON.stringify({ email, role: 'reader' }),
  });
  await settle(upstream);
  const sent = upstream.mutations() - before;
  lines.push(line('same-origin control (invite a reader)', `status ${control.status}, upstream mutations ${sent}`, control.status === 200 && sent === 1));
  if (control.status !== 200) details.push(`control → ${control.status} ${control.text.slice(0, 200)}`);
  return { lines, details };
}
