/**
 * Per-response security headers (SECURITY.md bar 10): the nonce-based Content-Security-Policy and
 * HSTS, set by `proxy.ts` on every request it sees. The fixed headers (nosniff, X-Frame-Options,
 * Referrer-Policy, Permissions-Policy, COOP) come from `next.config.js` on every response,
 * static files included. Pure functions: no request or environment access here.
 */

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  /** `next dev`: React needs eval for its debugging stacks, nothing else is relaxed. */
  dev: boolean;
  /** Served over HTTPS: ask the browser to upgrade any stray http:// sub-request. */
  https: boolean;
}

/**
 * Scripts: only those carrying this response's nonce (Next adds it to its own scripts, the root
 * layout to the theme script) and what they load ('strict-dynamic'); never 'unsafe-inline'.
 *
 * Styles: 'self' plus 'unsafe-inline', deliberately. Server-rendered `style` attributes (chart
 * sizes and colours from Recharts, bar widths) cannot carry a nonce, and sonner injects its
 * stylesheet as a `<style>` element without one; a nonce in style-src would make browsers ignore
 * 'unsafe-inline' and break both. CSS cannot run script, and with img-src, font-src and
 * connect-src limited to this origin, injected CSS has no other origin to send data to.
 */
export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export interface RequestFacts {
  /** The protocol of the request URL as the server saw it, e.g. `http:`. */
  protocol: string;
  /** The `x-forwarded-proto` header, if any. */
  forwardedProto: string | null;
  /**
   * CONSOLE_URL, the address people use. Only when it is https:// is a reverse proxy in front
   * assumed, and only then is its `x-forwarded-proto` believed (anyone can send that header).
   */
  consoleUrl: string | null;
}

/** Whether this response travels over HTTPS, as far as the server can trust it. */
export function servedOverHttps({ protocol, forwardedProto, consoleUrl }: RequestFacts): boolean {
  if (protocol === 'https:') return true;
  const behindHttpsProxy = consoleUrl !== null && consoleUrl.trim().toLowerCase().startsWith('https://');
  const forwarded = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return behindHttpsProxy && forwarded === 'https';
}

/** One year, subdomains included; browsers ignore HSTS over plain HTTP, and so do we. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** The headers that change per response: CSP with its nonce, and HSTS when on HTTPS. */
export function dynamicSecurityHeaders(options: CspOptions): { 'Content-Security-Policy': string; 'Strict-Transport-Security'?: string } {
  const csp = contentSecurityPolicy(options);
  return options.https ? { 'Content-Security-Policy': csp, 'Strict-Transport-Security': HSTS_VALUE } : { 'Content-Security-Policy': csp };
}
