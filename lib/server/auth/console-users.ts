'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { CONSOLE_ROLES } from '@/lib/admin/operation';
import type { FormState } from '@/lib/admin/form-state';
import { AccountExistsError, createAccount } from './accounts';
import { crossOriginActionProblem } from './action-guard';
import { lookupSession } from './session';

const newUserSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.'),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  role: z.enum(CONSOLE_ROLES, { message: 'Choose a role.' }),
  password: z.string().min(12, 'Use at least 12 characters.').max(256, 'Use at most 256 characters.'),
});

/** Adds a console account with a first password the admin passes on. Admins only. */
export async function addConsoleUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { session } = await lookupSession(await headers());
  if (session?.user.role !== 'admin') return { error: 'Only console admins can add console users.' };
  const crossOrigin = await crossOriginActionProblem();
  if (crossOrigin) return { error: crossOrigin };
  const raw = Object.fromEntries(['name', 'email', 'role', 'password'].map((k) => [k, String(form.get(k) ?? '')]));
  const values = { name: raw.name ?? '', email: raw.email ?? '', role: raw.role ?? '' };
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) {
    return { error: null, fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])), values };
  }
  try {
    await createAccount(parsed.data);
  } catch (err) {
    if (err instanceof AccountExistsError) return { error: null, fieldErrors: { email: err.message }, values };
    throw err;
  }
  revalidatePath('/settings');
  return { error: null, values: {} };
}
