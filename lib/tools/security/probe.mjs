// Small HTTP helpers for the checks: one request without following redirects, a bounded pool,
// and waiting until the console has stopped calling upstream (so a check counts only its own calls).

export async function request(base, { method = 'GET', path, headers = {}, body }) {
  let url = `${base}${path}`;
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    const next = rscCacheBust(url, response);
    if (!next || hop >= 2) return { status: response.status, headers: response.headers, text };
    url = next;
  }
}

/**
 * Next answers an `RSC: 1` request that lacks the `_rsc` cache-busting parameter with a 307 to the
 * same address plus `_rsc=<hash>`; a browser follows it with the same headers, so the probe does
 * too. Any other redirect is an answer in itself (e.g. to /sign-in).
 */
function rscCacheBust(url, response) {
  if (response.status !== 307 && response.status !== 308) return null;
  const location = response.headers.get('location');
  if (!location) return null;
  const from = new URL(url);
  const to = new URL(location, from);
  if (to.origin !== from.origin || to.pathname !== from.pathname || !to.searchParams.has('_rsc')) return null;
  return to.href;
}

export async function pool(items, limit, run) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Waits until the upstream call count has not moved for `quietMs` (at most 30 s). */
export async function settle(upstream, quietMs = 1500) {
  const until = Date.now() + 30_000;
  let last = upstream.count();
  let since = Date.now();
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    if (upstream.count() !== last) {
      last = upstream.count();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/** `name: figure — PASS|FAIL` */
export function line(name, figure, pass) {
  return { name, figure, pass, text: `${name}: ${figure} — ${pass ? 'PASS' : 'FAIL'}` };
}
