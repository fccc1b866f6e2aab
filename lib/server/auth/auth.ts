import 'server-only';
import crypto from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { getConfig, type ConsoleConfig } from '../config';
import { getDb, type Db } from '../db';
import { authAccount, authSession, authUser, authVerification } from '../db/schema';
import { getOrCreateSetting } from '../settings';

export const SESSION_COOKIE_PREFIX = 'console';

export function createAuth(db: Db, config: ConsoleConfig, secret: string) {
  const baseURL = config.publicOrigin ?? config.localOrigin;
  const idleSeconds = config.sessionIdleMinutes * 60;
  return betterAuth({
    appName: 'OpenAI organization console',
    baseURL,
    secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: authUser, session: authSession, account: authAccount, verification: authVerification },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by the first-owner set-up and by console admins, never by sign-up.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
    },
    session: {
      // The session slides with use (idle timeout); the absolute lifetime is checked in session.ts,
      // which also ends idle sessions first, to say why.
      expiresIn: idleSeconds,
      updateAge: Math.min(300, Math.floor(idleSeconds / 4)),
      // Better Auth's own notion of a recent sign-in, matched to the proxy's (fresh-sign-in.ts).
      freshAge: config.freshSignInMinutes * 60,
    },
    // Sign-in is throttled per account by our own actions (sign-in-throttle.ts); Better Auth's HTTP
    // handler, where its own limiter works, is not mounted.
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: baseURL.startsWith('https:'),
      defaultCookieAttributes: { sameSite: 'strict', httpOnly: true },
    },
    telemetry: { enabled: false },
    plugins: [admin({ defaultRole: 'viewer', adminRoles: ['admin'] }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { __consoleAuth?: Promise<Auth> };

/** The process's one Better Auth instance, with its signing secret from AUTH_SECRET or the DB. */
export function getAuth(): Promise<Auth> {
  holder.__consoleAuth ??= (async () => {
    const config = getConfig();
    const db = await getDb();
    const secret =
      config.authSecret ??
      (await getOrCreateSetting(db, 'auth_secret', () => crypto.randomBytes(32).toString('base64url')));
    return createAuth(db, config, secret);
  })();
  holder.__consoleAuth.catch(() => {
    holder.__consoleAuth = undefined;
  });
  return holder.__consoleAuth;
}
