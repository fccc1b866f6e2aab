import 'server-only';

/**
 * SECURITY.md bar 5: a change must come from the console itself. The Origin header must be one of
 * the allowed origins exactly (CONSOLE_URL's, or loopback on our port); a missing or `null`
 * Origin, or cross-site fetch metadata, is refused. Matching a list rather than the Host header
 * keeps a DNS-rebinding page (Origin and Host both the attacker's name) out. Returns the reason,
 * or null when the request may go on.
 */
export function crossOriginReason(headers: Headers, allowedOrigins: readonly string[]): string | null {
  if (headers.get('sec-fetch-site') === 'cross-site') return 'the request came from another site';
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return 'the request has no Origin header';
  if (!allowedOrigins.includes(origin)) return `the request came from ${origin}, which is not this console's address`;
  return null;
}

export function isJsonContentType(headers: Headers): boolean {
  const type = headers.get('content-type') ?? '';
  return /^application\/json(\s*;|$)/i.test(type);
}
