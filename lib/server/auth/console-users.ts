'use server';

import { revalidatePath } from 'next/cache';
import {
  consoleRoleSchema,
  fieldErrors,
  newConsoleUserSchema,
  resetPasswordSchema,
  userIdSchema,
  type ActionResult,
} from '@/lib/admin/console-users';
import type { FormState } from '@/lib/admin/form-state';
import { AccountExistsError, createAccount } from './accounts';
import { journalled, JournalUnavailableError, requireConsoleAdmin } from './console-user-guard';
import type { ConsoleSession } from './session';
import { changeConsoleUser, endSessions, findConsoleUser, setConsoleUserPassword, type ConsoleUserTarget } from './console-user-store';

// Settings → Console users. Console admins only (checked here, on the server, with the origin),
// and every change is journalled before it is made.

const NOT_FOUND = 'This console user no longer exists. Reload the page.';

/** Runs a journalled change; a journal failure becomes the message to show. */
async function run(work: () => Promise<string | null>): Promise<string | null> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof JournalUnavailableError) return err.message;
    throw err;
  }
}

/** Checks the caller and finds the person to change. */
async function adminAndTarget(userId: unknown): Promise<{ error: string } | { error?: undefined; session: ConsoleSession; target: ConsoleUserTarget }> {
  const guarded = await requireConsoleAdmin();
  if (!guarded.session) return { error: guarded.error };
  const id = userIdSchema.safeParse(userId);
  const target = id.success ? await findConsoleUser(id.data) : null;
  if (!target) return { error: NOT_FOUND };
  return { session: guarded.session, target };
}

/** Adds a console account with a first password the admin passes on. */
export async function addConsoleUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  const guarded = await requireConsoleAdmin();
  if (!guarded.session) return { error: guarded.error };
  const raw = Object.fromEntries(['name', 'email', 'role', 'password'].map((k) => [k, String(form.get(k) ?? '')]));
  const values = { name: raw.name ?? '', email: raw.email ?? '', role: raw.role ?? '' };
  const parsed = newConsoleUserSchema.safeParse(raw);
  if (!parsed.success) return { error: null, fieldErrors: fieldErrors(parsed.error), values };
  const { name, email, role } = parsed.data;
  const refused = { exists: null as string | null };
  const problem = await run(() =>
    journalled(guarded.session, { operation: 'consoleUsers.create', target: { id: 'new', email }, summary: { name, email, role } }, async () => {
      try {
        await createAccount(parsed.data);
        return null;
      } catch (err) {
        if (!(err instanceof AccountExistsError)) throw err;
        refused.exists = err.message;
        return err.message;
      }
    }),
  );
  if (refused.exists) return { error: null, fieldErrors: { email: refused.exists }, values };
  if (problem) return { error: problem, values };
  revalidatePath('/settings');
  return { error: null, values: {} };
}

/** Changes a person's console role; never leaves the console without an admin. */
export async function setConsoleUserRoleAction(userId: string, role: string): Promise<ActionResult> {
  const found = await adminAndTarget(userId);
  if (found.error !== undefined) return { error: found.error };
  const parsed = consoleRoleSchema.safeParse(role);
  if (!parsed.success) return { error: 'Choose viewer, operator or admin.' };
  const { session, target } = found;
  const error = await run(() =>
    journalled(session, { operation: 'consoleUsers.setRole', target, summary: { from: target.role, to: parsed.data } }, async () => {
      const outcome = await changeConsoleUser(target.id, { role: parsed.data }, session.user.email);
      return outcome.ok ? null : outcome.problem;
    }),
  );
  revalidatePath('/settings');
  return { error };
}

/** Disables a person (they are signed out everywhere and cannot sign in) or enables them again. */
export async function setConsoleUserDisabledAction(userId: string, disabled: boolean): Promise<ActionResult> {
  const found = await adminAndTarget(userId);
  if (found.error !== undefined) return { error: found.error };
  const { session, target } = found;
  if (typeof disabled !== 'boolean') return { error: 'Say whether to disable or enable.' };
  if (disabled && target.id === session.user.id) return { error: 'You cannot disable your own account. Ask another console admin.' };
  const error = await run(() =>
    journalled(session, { operation: disabled ? 'consoleUsers.disable' : 'consoleUsers.enable', target, summary: {} }, async () => {
      const outcome = await changeConsoleUser(target.id, { disabled }, session.user.email);
      return outcome.ok ? null : outcome.problem;
    }),
  );
  revalidatePath('/settings');
  return { error };
}

/** Ends every session of another person; their next request goes to the sign-in page. */
export async function revokeConsoleUserSessionsAction(userId: string): Promise<ActionResult> {
  const found = await adminAndTarget(userId);
  if (found.error !== undefined) return { error: found.error };
  const { session, target } = found;
  if (target.id === session.user.id) return { error: 'To end your own other sessions, use “Sign out other sessions” under Your account.' };
  const error = await run(() =>
    journalled(session, { operation: 'consoleUsers.revokeSessions', target, summary: {} }, async () => {
      await endSessions(target.id);
      return null;
    }),
  );
  revalidatePath('/settings');
  return { error };
}

/** An admin sets a new password for someone else; their sessions end. */
export async function resetConsoleUserPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = Object.fromEntries(['userId', 'password', 'confirm'].map((k) => [k, String(form.get(k) ?? '')]));
  const found = await adminAndTarget(raw.userId);
  if (found.error !== undefined) return { error: found.error };
  const { session, target } = found;
  if (target.id === session.user.id) return { error: 'Change your own password under Your account; it asks for the current one.' };
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) return { error: null, fieldErrors: fieldErrors(parsed.error) };
  const error = await run(() =>
    journalled(session, { operation: 'consoleUsers.setPassword', target, summary: { password: '[set by an admin]', sessions: 'ended' } }, async () => {
      await setConsoleUserPassword(target.id, parsed.data.password);
      return null;
    }),
  );
  revalidatePath('/settings');
  return { error, values: {} };
}
