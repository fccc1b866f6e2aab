import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { parseConfig } from '../config';
import { createAuth } from './auth';

// The session cookie's attributes as Better Auth will set them (no database touched to compute them).
async function sessionCookie(env: Record<string, string>) {
  const auth = createAuth({} as Db, parseConfig(env), 'x'.repeat(32));
  const context = await auth.$context;
  return { name: context.authCookies.sessionToken.name, ...context.authCookies.sessionToken.attributes };
}

describe('session cookie', () => {
  it('is HttpOnly and SameSite=Strict, not Secure on plain-HTTP loopback', async () => {
    const cookie = await sessionCookie({});
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'strict', secure: false });
  });

  it('is Secure (and __Secure- prefixed) when CONSOLE_URL is https', async () => {
    const cookie = await sessionCookie({ CONSOLE_URL: 'https://console.example.com' });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'strict', secure: true });
    expect(cookie.name.startsWith('__Secure-')).toBe(true);
  });
});
