// Check 4: with a canary as the console's admin key (OPENAI_ADMIN_KEY=sk-admin-CANARY-…), every
// page opened as admin, operator and viewer: the canary, as is, URL-encoded, base64/base64url or
// its random suffix alone, must appear nowhere the browser received (HTML, JS chunks, CSS, RSC
// payloads, JSON, requests, DOM, cookies, storage) nor anywhere the server kept it (log, data
// folder, DB rows) nor in the build's assets and source maps. It proves something only if the
// crawl ran and the canary really was the key upstream accepted, so both are checked too.
import { line } from './probe.mjs';
import { onSecretCrawl } from './secret-crawl.mjs';
import { scanPlaces, secretForms } from './secret-forms.mjs';

function tally(responses) {
  const counts = {};
  for (const { kind } of responses) counts[kind] = (counts[kind] ?? 0) + 1;
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(', ');
}

/** How much of what the server kept was scanned, by kind. */
function kept(places) {
  const sum = (prefix) => {
    const found = places.filter((p) => p.where.startsWith(prefix));
    return `${found.length} (${found.reduce((n, p) => n + p.bytes.length, 0)} bytes)`;
  };
  const maps = places.filter((p) => p.where.endsWith('(source map)')).length;
  return `server stdout/stderr ${sum('server stdout')}, data-folder files ${sum('data folder')}, tables read back ${sum('DB rows')}, build assets ${sum('build asset')} of which source maps ${maps}`;
}

export function checkCanary() {
  return onSecretCrawl('canary key', (run) => {
    const { bytes, places, hits } = scanPlaces(run.places, secretForms(run.canary, run.suffix));
    const visits = Object.entries(run.visited);
    const crawled = visits.every(([, n]) => n > 0);
    const accepted = run.upstream.withCanary > 0 && run.upstream.other === 0;
    const problems = [...(crawled ? [] : ['a role visited no page']), ...(accepted ? [] : ['the canary was not the key upstream accepted'])];
    const details = [
      `run ${run.seconds.toFixed(1)} s (${run.marks.join(', ')}); pages visited of ${run.pages}: ${visits.map(([role, n]) => `${role} ${n}`).join(', ')}; upstream calls made with the canary ${run.upstream.withCanary}, with another key ${run.upstream.other}`,
      `responses scanned: ${tally(run.responses)}`,
      `kept by the server and the build: ${kept(run.places)}`,
      ...hits.map((hit) => `canary (${hit.labels.join(', ')}) in ${hit.where}`),
      ...run.refused,
    ];
    const figure = `${bytes} bytes scanned in ${places} places, ${hits.length} hits${problems.length ? `; ${problems.join('; ')}` : ''}`;
    return { lines: [line('canary key', figure, hits.length === 0 && problems.length === 0)], details };
  });
}
