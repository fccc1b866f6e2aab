import 'server-only';

/**
 * SECURITY.md bar 5: a mutation must come from our own origin. The Origin header must equal the
 * console's origin exactly (CONSOLE_URL when set, else the origin the request was addressed to);
 * a missing or `null` Origin, or cross-site fetch metadata, is refused. Returns the reason, or null.
 */
export function crossOriginReason(request: Request, publicOrigin: string | null): string | null {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return 'the request came from another site';
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return 'the request has no Origin header';
  const expected = publicOrigin ?? requestOrigin(request);
  if (origin !== expected) return `the request came from ${origin}, not ${expected}`;
  return null;
}

function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  return `${url.protocol}//${host}`;
}

export function isJsonContentType(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return /^application\/json(\s*;|$)/i.test(type);
}
