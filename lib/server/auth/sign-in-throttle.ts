import 'server-only';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { signInFailure } from '../db/schema';

/** SECURITY.md bar 8: about five failed sign-ins per account in five minutes, then wait. */
export const SIGN_IN_WINDOW_MS = 5 * 60_000;
export const SIGN_IN_MAX_FAILURES = 5;

export type Reservation = { allowed: true; id: number } | { allowed: false; retryAfterMs: number };

/**
 * Counts an attempt BEFORE the password is checked: the attempt is recorded, then the attempts in
 * the window (this one included) are counted. Inserts are serialised by the database, so
 * parallel guesses cannot all slip under the limit. A successful sign-in clears the account's
 * attempts; a failed one simply stays counted.
 */
export async function reserveSignInAttempt(db: Db, email: string, now = Date.now()): Promise<Reservation> {
  const [row] = await db.insert(signInFailure).values({ email, at: new Date(now) }).returning({ id: signInFailure.id });
  if (!row) throw new Error('The sign-in attempt could not be recorded.');
  const attempts = await db
    .select({ id: signInFailure.id, at: signInFailure.at })
    .from(signInFailure)
    .where(and(eq(signInFailure.email, email), gt(signInFailure.at, new Date(now - SIGN_IN_WINDOW_MS))))
    .orderBy(signInFailure.id);
  const position = attempts.findIndex((a) => a.id === row.id);
  if (position >= 0 && position < SIGN_IN_MAX_FAILURES) return { allowed: true, id: row.id };
  const oldest = attempts[0]?.at.getTime() ?? now;
  return { allowed: false, retryAfterMs: Math.max(1000, oldest + SIGN_IN_WINDOW_MS - now) };
}

/** After a successful sign-in: the account starts afresh. */
export async function clearSignInAttempts(db: Db, email: string): Promise<void> {
  await db.delete(signInFailure).where(eq(signInFailure.email, email));
}

/** Keeps the table small: nothing older than the window matters. */
export async function pruneSignInAttempts(db: Db, now = Date.now()): Promise<void> {
  await db.delete(signInFailure).where(lt(signInFailure.at, new Date(now - SIGN_IN_WINDOW_MS)));
}
