// Check 5: the API key returned when the admin creates a service account (through the page, in
// the canary run of check 4) reaches the browser in exactly one response, the create itself, with
// Cache-Control: no-store, and appears nowhere else: not in later responses while the crawl
// browses the project's service-accounts and API-keys tabs, nor the DOM after the dialog closes,
// requests, storage, the server's log, data folder or DB rows (as is, encoded, or its suffix).
import { line } from './probe.mjs';
import { onSecretCrawl } from './secret-crawl.mjs';
import { scanPlaces, secretForms } from './secret-forms.mjs';

export function checkSecretOnce() {
  return onSecretCrawl('service-account key', (run) => {
    const { key, url } = run.serviceAccount;
    const forms = secretForms(key, key.replace(/^sk-[a-z]+-/, ''));
    const inResponses = scanPlaces(run.responses, forms).hits;
    const responses = new Set(run.responses);
    const elsewhere = scanPlaces(run.places.filter((place) => !responses.has(place)), forms).hits;
    const create = inResponses.find((hit) => hit.method === 'POST' && hit.url === url);
    const noStore = /(^|,)\s*no-store\s*(,|$)/.test(create?.cacheControl ?? '');
    const figure = `seen in ${inResponses.length} response${inResponses.length === 1 ? '' : 's'} (${create ? (noStore ? 'no-store' : `Cache-Control "${create.cacheControl}"`) : 'not the create'}), ${elsewhere.length} elsewhere`;
    const details = [
      ...inResponses.filter((hit) => hit !== create).map((hit) => `key (${hit.labels.join(', ')}) in ${hit.where}`),
      ...(create ? [] : [`the create response (POST ${url}) did not carry the key`]),
      ...elsewhere.map((hit) => `key (${hit.labels.join(', ')}) in ${hit.where}`),
    ];
    return { lines: [line('service-account key', figure, inResponses.length === 1 && Boolean(create) && noStore && elsewhere.length === 0)], details };
  });
}
