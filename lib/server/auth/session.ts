import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { CONSOLE_ROLES, roleAtLeast, type ConsoleRole } from '@/lib/admin/operation';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { getConfig } from '../config';
import { getAuth } from './auth';

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
}

function isConsoleRole(role: unknown): role is ConsoleRole {
  return typeof role === 'string' && (CONSOLE_ROLES as readonly string[]).includes(role);
}

/**
 * The signed-in person for a request, or null. Beyond Better Auth's own checks (signature,
 * stored session, idle expiry) it enforces the absolute lifetime, bans, and a known role:
 * anything unexpected means no session (deny by default).
 */
export async function lookupSession(requestHeaders: Headers): Promise<SessionLookup> {
  const auth = await getAuth();
  const { headers: responseHeaders, response } = await auth.api.getSession({
    headers: requestHeaders,
    returnHeaders: true,
  });
  const setCookies = responseHeaders.getSetCookie();
  if (!response) return { session: null, setCookies };
  const { session, user } = response;
  const maxAgeMs = getConfig().sessionMaxHours * 3_600_000;
  if (Date.now() - new Date(session.createdAt).getTime() > maxAgeMs) {
    const context = await auth.$context;
    await context.internalAdapter.deleteSession(session.token);
    return { session: null, setCookies };
  }
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
export const getPageSession = cache(async (): Promise<ConsoleSession | null> => (await lookupSession(await pageRequestHeaders())).session);

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
  const session = await getPageSession();
  if (!session) redirect('/sign-in');
  return session;
}

/** Whether a role may call an operation of the registry (for showing or hiding controls; the proxy enforces it). */
export function mayCall(role: ConsoleRole, operationName: string): boolean {
  const operation = OPERATIONS_BY_NAME.get(operationName);
  if (!operation) throw new Error(`No operation ${operationName} in the registry.`);
  return roleAtLeast(role, operation.role);
}
