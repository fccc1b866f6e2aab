import { z } from 'zod';
import type { FormAction } from './form-state';
import { CONSOLE_ROLES, type ConsoleRole } from './operation';

/** A console account as the Settings page lists it. */
export interface ConsoleUserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  disabled: boolean;
  /** ISO 8601. */
  createdAt: string;
  /** Sessions that have not expired. */
  activeSessions: number;
  /** ISO 8601: the latest use of any of their sessions, null when none is left. */
  lastActiveAt: string | null;
}

/** What a button's server action answers: an error to show, or null when it worked. */
export interface ActionResult {
  error: string | null;
}

/** The console-user changes the Settings page can make (server actions, admins only). */
export interface ConsoleUserActions {
  addUser: FormAction;
  setRole: (userId: string, role: string) => Promise<ActionResult>;
  setDisabled: (userId: string, disabled: boolean) => Promise<ActionResult>;
  revokeSessions: (userId: string) => Promise<ActionResult>;
  /** Form fields: userId, password, confirm. */
  resetPassword: FormAction;
}

/** The password rule, as at owner set-up: 12 to 256 characters. */
export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(256, 'Use at most 256 characters.');

export const userIdSchema = z.string().min(1).max(200);
export const consoleRoleSchema = z.enum(CONSOLE_ROLES, { message: 'Choose a role.' });

export const newConsoleUserSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.'),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  role: consoleRoleSchema,
  password: passwordSchema,
});

const matching = <T extends { password: string; confirm: string }>(v: T) => v.password === v.confirm;
const mismatch = { path: ['confirm'], message: 'The passwords do not match.' };

/** An admin sets a new password for someone else. */
export const resetPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema, confirm: z.string() }).refine(matching, mismatch);

/** A person changes their own password. */
export const changeOwnPasswordSchema = z
  .object({
    current: z.string().min(1, 'Enter your current password.').max(256, 'Use at most 256 characters.'),
    password: passwordSchema,
    confirm: z.string(),
    signOutOthers: z.boolean(),
  })
  .refine(matching, mismatch)
  .refine((v) => v.password !== v.current, { path: ['password'], message: 'Choose a password different from the current one.' });

/** The first message of each field, for a form to show beside its inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

export type ConsoleUserChange = { role: ConsoleRole } | { disabled: boolean };

/**
 * Refuses a change that would leave the console without an enabled admin (nobody could manage
 * console users or keys any more). `enabledAdminIds` are the enabled admins now.
 */
export function lastAdminProblem(
  enabledAdminIds: readonly string[],
  target: { id: string; name: string; role: string; disabled: boolean },
  change: ConsoleUserChange,
): string | null {
  const wasAdmin = target.role === 'admin' && !target.disabled;
  const role = 'role' in change ? change.role : target.role;
  const disabled = 'disabled' in change ? change.disabled : target.disabled;
  const staysAdmin = role === 'admin' && !disabled;
  if (!wasAdmin || staysAdmin) return null;
  if (enabledAdminIds.some((id) => id !== target.id)) return null;
  return `${target.name} is the only console admin left: make someone else an admin first, or nobody could manage console users and keys.`;
}
