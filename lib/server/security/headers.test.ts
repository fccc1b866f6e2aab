import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, dynamicSecurityHeaders, servedOverHttps } from './headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('contentSecurityPolicy', () => {
  it('allows scripts only by this nonce, never unsafe-inline or eval in production', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123', dev: false, https: false });
    const scripts = directive(csp, 'script-src');
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    for (const part of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "connect-src 'self'"]) {
      expect(csp).toContain(part);
    }
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('relaxes only eval in development', () => {
    const dev = contentSecurityPolicy({ nonce: 'n', dev: true, https: false });
    const prod = contentSecurityPolicy({ nonce: 'n', dev: false, https: false });
    expect(directive(dev, 'script-src')).toBe(`${directive(prod, 'script-src')} 'unsafe-eval'`);
    expect(dev.replace(" 'unsafe-eval'", '')).toBe(prod);
  });

  it('keeps the nonce out of style-src, where it would disable the inline style attributes charts need', () => {
    const styles = directive(contentSecurityPolicy({ nonce: 'n', dev: false, https: false }), 'style-src');
    expect(styles).toBe("style-src 'self' 'unsafe-inline'");
  });
});

describe('createNonce', () => {
  it('is 128 random bits, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('HSTS', () => {
  it('is sent only over HTTPS', () => {
    expect(dynamicSecurityHeaders({ nonce: 'n', dev: false, https: false })['Strict-Transport-Security']).toBeUndefined();
    const secure = dynamicSecurityHeaders({ nonce: 'n', dev: false, https: true });
    expect(secure['Strict-Transport-Security']).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(secure['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });

  it('believes x-forwarded-proto only when CONSOLE_URL says the console is reached over https', () => {
    expect(servedOverHttps({ protocol: 'https:', forwardedProto: null, consoleUrl: null })).toBe(true);
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: null, consoleUrl: null })).toBe(false);
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: 'https', consoleUrl: null })).toBe(false);
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: 'https', consoleUrl: 'http://c.example.com' })).toBe(false);
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: 'https', consoleUrl: 'https://c.example.com' })).toBe(true);
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: 'https, http', consoleUrl: 'https://c.example.com' })).toBe(true);
    expect(servedOverHttps({ protocol: 'http:', forwardedProto: 'http', consoleUrl: 'https://c.example.com' })).toBe(false);
  });
});
