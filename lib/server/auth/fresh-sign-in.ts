import 'server-only';
import { needsFreshSignIn, type OperationDef } from '@/lib/admin/operation';

/** The error code the browser answers with the password dialog (lib/queries/reauth.ts). */
export const REAUTH_REQUIRED = 'reauth_required';

/** Whether a sign-in (or password confirmation) at `signedInAt` still counts as recent. */
export function signInIsFresh(signedInAt: Date, windowMinutes: number, now = Date.now()): boolean {
  const age = now - signedInAt.getTime();
  return age >= 0 && age < windowMinutes * 60_000;
}

/**
 * For the proxy: what to tell a person whose sign-in is too old for this change, or null when
 * the change may go ahead. Checked after the role and the input, before anything is journalled
 * or sent.
 */
export function staleSignInProblem(
  operation: Pick<OperationDef, 'freshSignIn' | 'summary'>,
  body: unknown,
  signedInAt: Date,
  windowMinutes: number,
  now = Date.now(),
): string | null {
  if (!needsFreshSignIn(operation, body) || signInIsFresh(signedInAt, windowMinutes, now)) return null;
  return `To ${operation.summary.toLowerCase()}, confirm your password: you signed in more than ${windowMinutes} minutes ago. Nothing was changed.`;
}
