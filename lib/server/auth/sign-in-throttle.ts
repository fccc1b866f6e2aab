import 'server-only';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { signInFailure } from '../db/schema';

/** SECURITY.md bar 8: about five failures per account in five minutes, then wait. */
export const SIGN_IN_WINDOW_MS = 5 * 60_000;
export const SIGN_IN_MAX_FAILURES = 5;

/** Milliseconds until `email` may try again, or 0 when it may try now. */
export async function signInRetryAfterMs(db: Db, email: string, now = Date.now()): Promise<number> {
  const since = new Date(now - SIGN_IN_WINDOW_MS);
  const rows = await db
    .select({ count: sql<number>`count(*)::int`, oldest: sql<Date>`min(${signInFailure.at})` })
    .from(signInFailure)
    .where(and(eq(signInFailure.email, email), gt(signInFailure.at, since)));
  const row = rows[0];
  if (!row || row.count < SIGN_IN_MAX_FAILURES) return 0;
  return Math.max(1000, new Date(row.oldest).getTime() + SIGN_IN_WINDOW_MS - now);
}

export async function recordSignInFailure(db: Db, email: string): Promise<void> {
  await db.insert(signInFailure).values({ email });
  // Keep the table small: nothing older than the window matters.
  await db.delete(signInFailure).where(lt(signInFailure.at, new Date(Date.now() - SIGN_IN_WINDOW_MS)));
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.delete(signInFailure).where(eq(signInFailure.email, email));
}
