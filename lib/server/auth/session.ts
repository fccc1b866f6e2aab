import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { CONSOLE_ROLES, roleAtLeast, type ConsoleRole } from '@/lib/admin/operation';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { getConfig } from '../config';
import { getDb } from '../db';
import { authSession } from '../db/schema';
import { getAuth } from './auth';
import { endedMessage, expiryOf, type SessionEnd } from './session-expiry';

export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
}

export interface ConsoleSession {
  user: ConsoleUser;
  sessionId: string;
  /** When the person signed in (for fresh-sign-in checks). */
  signedInAt: Date;
}

export interface SessionLookup {
  session: ConsoleSession | null;
  /** Set-Cookie headers from a session refresh, to pass on in the response when one is made. */
  setCookies: string[];
  /** When the cookie named a session that just ended by time: why, and what to tell the person. */
  ended?: { reason: SessionEnd; message: string };
}

function isConsoleRole(role: unknown): role is ConsoleRole {
  return typeof role === 'string' && (CONSOLE_ROLES as readonly string[]).includes(role);
}

/** The session token a request's cookie names (unverified: it only finds a row to expire). */
function cookieToken(requestHeaders: Headers, cookieName: string): string | null {
  for (const part of (requestHeaders.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== cookieName) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      return null;
    }
    const dot = value.lastIndexOf('.');
    return dot > 0 ? value.slice(0, dot) : null;
  }
  return null;
}

/**
 * Ends the request's session when it is past its idle timeout or absolute lifetime, and says
 * which. Done before Better Auth's own lookup, which would delete an idle session without saying
 * why, and would first slide a live one's expiry.
 */
async function endExpired(requestHeaders: Headers, now: number): Promise<SessionEnd | null> {
  const auth = await getAuth();
  const token = cookieToken(requestHeaders, (await auth.$context).authCookies.sessionToken.name);
  if (!token) return null;
  const db = await getDb();
  const [row] = await db.select({ expiresAt: authSession.expiresAt, createdAt: authSession.createdAt }).from(authSession).where(eq(authSession.token, token));
  const reason = row ? expiryOf(row, getConfig(), now) : null;
  if (reason) await db.delete(authSession).where(eq(authSession.token, token));
  return reason;
}

/**
 * The signed-in person for a request, or null. Beyond Better Auth's own checks (signature,
 * stored session) it enforces the idle timeout and absolute lifetime (saying which ended the
 * session), bans, and a known role: anything unexpected means no session (deny by default).
 */
export async function lookupSession(requestHeaders: Headers, now = Date.now()): Promise<SessionLookup> {
  const reason = await endExpired(requestHeaders, now);
  const auth = await getAuth();
  const { headers: responseHeaders, response } = await auth.api.getSession({
    headers: requestHeaders,
    returnHeaders: true,
  });
  const setCookies = responseHeaders.getSetCookie();
  if (reason) return { session: null, setCookies, ended: { reason, message: endedMessage(reason, getConfig()) } };
  if (!response) return { session: null, setCookies };
  const { session, user } = response;
  if (user.banned || !isConsoleRole(user.role)) return { session: null, setCookies };
  return {
    session: {
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      sessionId: session.id,
      signedInAt: new Date(session.createdAt),
    },
    setCookies,
  };
}

/**
 * For server components: the session of the current request, or null. Looked up once per request
 * (React's cache), though the layout and the page both ask.
 */
const getPageLookup = cache(async (): Promise<SessionLookup> => lookupSession(await pageRequestHeaders()));
export const getPageSession = cache(async (): Promise<ConsoleSession | null> => (await getPageLookup()).session);

/**
 * The request's headers, with the Cookie header as the request now stands. After a server action
 * changes the session cookie (a password change renews the session), Next renders the page again
 * in the same request with the new cookies in cookies() but the old Cookie header in headers().
 */
async function pageRequestHeaders(): Promise<Headers> {
  const result = new Headers(await headers());
  const jar = (await cookies()).toString();
  if (jar) result.set('cookie', jar);
  else result.delete('cookie');
  return result;
}

/** For pages behind sign-in: the session, or a redirect to the sign-in page. */
export async function requirePageSession(): Promise<ConsoleSession> {
  const { session, ended } = await getPageLookup();
  // A session that just ended by time says why on the sign-in page.
  if (!session) redirect(ended ? `/sign-in?ended=${ended.reason}` : '/sign-in');
  return session;
}

/** Whether a role may call an operation of the registry (for showing or hiding controls; the proxy enforces it). */
export function mayCall(role: ConsoleRole, operationName: string): boolean {
  const operation = OPERATIONS_BY_NAME.get(operationName);
  if (!operation) throw new Error(`No operation ${operationName} in the registry.`);
  return roleAtLeast(role, operation.role);
}
