import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

function problem(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('defaults to the sandbox on 127.0.0.1:3000 with PGlite in ./data', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      adminKeyConfigured: false,
      usesSandbox: true,
      sandboxEnabled: true,
      upstreamBaseUrl: 'http://127.0.0.1:3000/sandbox/v1',
      databaseUrl: null,
      dataDir: path.resolve('./data'),
      port: 3000,
      hostname: '127.0.0.1',
      bootstrapAdmin: null,
      sessionIdleMinutes: 60,
      sessionMaxHours: 12,
      freshSignInMinutes: 10,
      upstreamTimeoutMs: 30_000,
    });
    expect(parseConfig({ UPSTREAM_TIMEOUT_MS: '5000' }).upstreamTimeoutMs).toBe(5000);
    expect(problem({ UPSTREAM_TIMEOUT_MS: '10' })).toContain('UPSTREAM_TIMEOUT_MS');
  });

  it('manages the real organization when an admin key is set, with the sandbox off unless asked for', () => {
    const config = parseConfig({ OPENAI_ADMIN_KEY: 'sk-admin-abcdefgh1234', PORT: '8080' });
    expect(config).toMatchObject({ adminKeyConfigured: true, usesSandbox: false, sandboxEnabled: false, upstreamBaseUrl: 'https://api.openai.com/v1', port: 8080 });
    expect(parseConfig({ OPENAI_ADMIN_KEY: 'sk-admin-abcdefgh1234', SANDBOX_ENABLED: 'true' }).sandboxEnabled).toBe(true);
    expect(parseConfig({ OPENAI_ADMIN_KEY: 'sk-admin-abcdefgh1234', OPENAI_BASE_URL: 'http://proxy.internal/v1/' }).upstreamBaseUrl).toBe('http://proxy.internal/v1');
  });

  it('never puts the admin key itself in the parsed configuration', () => {
    const config = parseConfig({ OPENAI_ADMIN_KEY: 'sk-admin-secret-value-1234' });
    expect(JSON.stringify(config)).not.toContain('secret-value');
  });

  it('reaches itself on loopback when listening on every address, and takes changes only from CONSOLE_URL', () => {
    const config = parseConfig({ HOSTNAME: '0.0.0.0', PORT: '4000', CONSOLE_URL: 'https://console.example.com/' });
    expect(config.upstreamBaseUrl).toBe('http://127.0.0.1:4000/sandbox/v1');
    expect(config.allowedOrigins).toEqual(['https://console.example.com']);
    expect(parseConfig({ HOSTNAME: '::', CONSOLE_URL: 'https://c.example.com' }).localOrigin).toBe('http://127.0.0.1:3000');
  });

  it('accepts changes from loopback origins on its port when it listens on loopback', () => {
    expect(parseConfig({ PORT: '4000' }).allowedOrigins).toEqual(['http://127.0.0.1:4000', 'http://localhost:4000', 'http://[::1]:4000']);
    expect(parseConfig({ HOSTNAME: '::1' }).localOrigin).toBe('http://[::1]:3000');
  });

  it.each([
    [{ OPENAI_ADMIN_KEY: 'not-a-key' }, 'OPENAI_ADMIN_KEY'],
    [{ OPENAI_ADMIN_KEY: 'sk-admin-abcdefgh1234', OPENAI_BASE_URL: 'ftp://x' }, 'OPENAI_BASE_URL'],
    [{ SANDBOX_ENABLED: 'maybe' }, 'SANDBOX_ENABLED'],
    [{ DATABASE_URL: 'mysql://db/console' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ DASHBOARD_ADMIN_EMAIL: 'ops@example.com' }, 'DASHBOARD_ADMIN_PASSWORD'],
    [{ DASHBOARD_ADMIN_PASSWORD: 'long enough password' }, 'DASHBOARD_ADMIN_EMAIL'],
    [{ DASHBOARD_ADMIN_EMAIL: 'ops', DASHBOARD_ADMIN_PASSWORD: 'long enough password' }, 'DASHBOARD_ADMIN_EMAIL'],
    [{ DASHBOARD_ADMIN_EMAIL: 'ops@example.com', DASHBOARD_ADMIN_PASSWORD: 'short' }, 'DASHBOARD_ADMIN_PASSWORD'],
    [{ SANDBOX_ADMIN_KEY: 'short' }, 'SANDBOX_ADMIN_KEY'],
    [{ AUTH_SECRET: 'too short' }, 'AUTH_SECRET'],
    [{ CONSOLE_URL: 'console.example.com' }, 'CONSOLE_URL'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ SESSION_MAX_HOURS: '9999' }, 'SESSION_MAX_HOURS'],
    [{ SESSION_MAX_HOURS: '1.5' }, 'SESSION_MAX_HOURS'],
    [{ FRESH_SIGN_IN_MINUTES: '0' }, 'FRESH_SIGN_IN_MINUTES'],
    [{ FRESH_SIGN_IN_MINUTES: 'soon' }, 'FRESH_SIGN_IN_MINUTES'],
    [{ HOSTNAME: '0.0.0.0' }, 'CONSOLE_URL'],
    [{ SANDBOX_ENABLED: 'false' }, 'SANDBOX_ENABLED'],
    [{ SANDBOX_PRESET: 'huge' }, 'SANDBOX_PRESET'],
  ])('%o is refused in one line naming %s', (env, variable) => {
    const message = problem(env);
    expect(message).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect(message).not.toContain('\n');
  });

  it('takes a bootstrap admin, lower-casing the email', () => {
    const config = parseConfig({ DASHBOARD_ADMIN_EMAIL: 'Ops@Example.com', DASHBOARD_ADMIN_PASSWORD: 'long enough password' });
    expect(config.bootstrapAdmin).toEqual({ email: 'ops@example.com', password: 'long enough password' });
  });
});
