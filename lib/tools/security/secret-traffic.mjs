// Records what browser contexts exchanged with the console, as places to scan: every response
// (headers and body: HTML documents, JS chunks, CSS, RSC payloads, JSON, …), every request the
// pages sent, the DOM of each page visited, and the browser storage gathered at the end.

const short = (url) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search.length > 60 ? `${search.slice(0, 60)}…` : search}`;
};

const headerLines = (headers) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n');

function kindOf(request, headers) {
  if (request.headers().rsc === '1' || request.url().includes('_rsc=')) return 'RSC payload';
  const type = request.resourceType();
  if (type === 'document') return 'HTML document';
  if (type === 'script') return 'JS chunk';
  if (type === 'stylesheet') return 'CSS file';
  if ((headers['content-type'] ?? '').includes('json')) return 'JSON response';
  return `${type} response`;
}

export function recordTraffic() {
  const pending = new Set();
  // Build assets are content-hashed: one copy of each is enough (the bytes on disk are scanned too).
  const assets = new Set();
  const responses = [];
  const others = [];
  const track = (work) => {
    const promise = work().catch(() => {});
    pending.add(promise);
    void promise.finally(() => pending.delete(promise));
  };
  const text = (where, value) => others.push({ where, bytes: Buffer.from(value) });
  return {
    responses,
    watch(context, role) {
      context.on('request', (request) =>
        track(async () => {
          const sent = `${request.method()} ${request.url()}\n${headerLines(await request.allHeaders())}\n\n`;
          others.push({ where: `request ${request.method()} ${short(request.url())} from ${role}`, bytes: Buffer.concat([Buffer.from(sent), request.postDataBuffer() ?? Buffer.alloc(0)]) });
        }),
      );
      context.on('response', (response) =>
        track(async () => {
          if (response.url().includes('/_next/static/')) {
            if (assets.has(response.url())) return;
            assets.add(response.url());
          }
          const request = response.request();
          const headers = await response.allHeaders();
          const body = await response.body().catch(() => Buffer.alloc(0));
          const kind = kindOf(request, headers);
          responses.push({
            where: `${kind} ${request.method()} ${short(response.url())} (${role})`,
            kind,
            method: request.method(),
            url: response.url(),
            cacheControl: headers['cache-control'] ?? '',
            bytes: Buffer.concat([Buffer.from(`${response.status()}\n${headerLines(headers)}\n\n`), body]),
          });
        }),
      );
    },
    dom: text,
    stored: text,
    /** Waits for the responses still being read. */
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    places: () => [...responses, ...others],
  };
}
