'use server';

import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '../db';
import { authSession } from '../db/schema';
import { getAuth } from './auth';
import { authErrorCode } from './auth-errors';
import { requireSignedIn } from './console-user-guard';
import { clearSignInAttempts, reserveSignInAttempt } from './sign-in-throttle';

const passwordSchema = z.string().min(1, 'Enter your password.').max(256, 'That is longer than any password here.');

/**
 * The password dialog's action (lib/queries/reauth.ts): checks the signed-in person's own
 * password through Better Auth and, when right, renews the session's sign-in time, so the most
 * destructive operations are allowed for the next FRESH_SIGN_IN_MINUTES (and the absolute
 * lifetime starts again, as after any sign-in). The session and its cookie stay the same: requests
 * already under way with it are not cut off. Wrong passwords count against the sign-in limit.
 */
export async function confirmPasswordAction(password: string): Promise<{ error: string | null }> {
  const guarded = await requireSignedIn();
  if (!guarded.session) return { error: guarded.error };
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Enter your password.' };
  const { user, sessionId } = guarded.session;

  const db = await getDb();
  const attempt = await reserveSignInAttempt(db, user.email);
  if (!attempt.allowed) {
    const minutes = Math.ceil(attempt.retryAfterMs / 60_000);
    return { error: `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` };
  }
  try {
    await (await getAuth()).api.verifyPassword({ body: { password: parsed.data }, headers: await headers() });
  } catch (err) {
    if (authErrorCode(err) !== 'INVALID_PASSWORD') throw err;
    console.warn(`console password confirmation failed for ${user.email}`);
    return { error: 'That password is not correct.' };
  }
  await clearSignInAttempts(db, user.email);
  await db.update(authSession).set({ createdAt: new Date() }).where(eq(authSession.id, sessionId));
  return { error: null };
}
