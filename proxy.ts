import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, dynamicSecurityHeaders, servedOverHttps } from '@/lib/server/security/headers';

/**
 * Security headers only (SECURITY.md bar 10): a fresh CSP nonce and HSTS for every response.
 * Never an access check: every page and route authenticates on its own (bar 1).
 * Next reads the nonce from the request's CSP header and puts it on its own scripts; the root
 * layout reads `x-nonce` for the theme script.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = servedOverHttps({
    protocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get('x-forwarded-proto'),
    consoleUrl: process.env.CONSOLE_URL ?? null,
  });
  const headers = dynamicSecurityHeaders({ nonce, dev: process.env.NODE_ENV === 'development', https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Hashed build assets are not documents: the fixed headers from next.config.js cover them.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
