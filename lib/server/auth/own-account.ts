'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { changeOwnPasswordSchema, fieldErrors, type ActionResult } from '@/lib/admin/console-users';
import type { FormState } from '@/lib/admin/form-state';
import { getDb } from '../db';
import { getAuth } from './auth';
import { authErrorCode } from './auth-errors';
import { journalled, JournalUnavailableError, requireSignedIn } from './console-user-guard';
import { clearSignInAttempts, reserveSignInAttempt } from './sign-in-throttle';

// Settings → Your account: anyone signed in, for their own account only. Journalled like every
// console-user change.

/**
 * Changes the signed-in person's password after checking the current one. Wrong current
 * passwords count against the same per-account limit as sign-ins. With `signOutOthers`, every
 * other session ends (this one is renewed).
 */
export async function changeOwnPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const guarded = await requireSignedIn();
  if (!guarded.session) return { error: guarded.error };
  const { user } = guarded.session;
  const parsed = changeOwnPasswordSchema.safeParse({
    current: String(form.get('current') ?? ''),
    password: String(form.get('password') ?? ''),
    confirm: String(form.get('confirm') ?? ''),
    signOutOthers: form.get('signOutOthers') === 'on',
  });
  if (!parsed.success) return { error: null, fieldErrors: fieldErrors(parsed.error) };
  const { current, password, signOutOthers } = parsed.data;

  const db = await getDb();
  const attempt = await reserveSignInAttempt(db, user.email);
  if (!attempt.allowed) {
    const minutes = Math.ceil(attempt.retryAfterMs / 60_000);
    return { error: `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` };
  }
  const refused = { current: false };
  try {
    const problem = await journalled(
      guarded.session,
      { operation: 'account.changePassword', target: user, summary: { password: '[changed]', signOutOthers } },
      async () => {
        const auth = await getAuth();
        try {
          await auth.api.changePassword({ body: { currentPassword: current, newPassword: password, revokeOtherSessions: signOutOthers }, headers: await headers() });
          return null;
        } catch (err) {
          if (authErrorCode(err) !== 'INVALID_PASSWORD') throw err;
          refused.current = true;
          return 'The current password is not correct.';
        }
      },
    );
    if (refused.current) return { error: null, fieldErrors: { current: 'The current password is not correct.' } };
    if (problem) return { error: problem };
  } catch (err) {
    if (err instanceof JournalUnavailableError) return { error: err.message };
    throw err;
  }
  await clearSignInAttempts(db, user.email);
  revalidatePath('/settings');
  return { error: null, values: { done: signOutOthers ? 'Password changed. Your other sessions were signed out.' : 'Password changed.' } };
}

/** Ends every session of the signed-in person except this one. */
export async function signOutOtherSessionsAction(): Promise<ActionResult> {
  const guarded = await requireSignedIn();
  if (!guarded.session) return { error: guarded.error };
  try {
    const problem = await journalled(guarded.session, { operation: 'account.revokeOtherSessions', target: guarded.session.user, summary: {} }, async () => {
      const auth = await getAuth();
      await auth.api.revokeOtherSessions({ headers: await headers() });
      return null;
    });
    revalidatePath('/settings');
    return { error: problem };
  } catch (err) {
    if (err instanceof JournalUnavailableError) return { error: err.message };
    throw err;
  }
}
