'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { FormState } from '@/lib/admin/form-state';
import { getDb } from '../db';
import { createFirstOwner } from './accounts';
import { getAuth } from './auth';
import { crossOriginActionProblem } from './action-guard';
import { authErrorStatus } from './auth-errors';
import { clearSignInAttempts, pruneSignInAttempts, reserveSignInAttempt } from './sign-in-throttle';

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter your email address.'),
  password: z.string().min(1, 'Enter your password.').max(256),
});

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  const values = { email: String(form.get('email') ?? '') };
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the form.', values };
  const crossOrigin = await crossOriginActionProblem();
  if (crossOrigin) return { error: crossOrigin, values };
  const { email, password } = parsed.data;

  const db = await getDb();
  const attempt = await reserveSignInAttempt(db, email);
  if (!attempt.allowed) {
    const minutes = Math.ceil(attempt.retryAfterMs / 60_000);
    return { error: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, values };
  }
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (err) {
    const status = authErrorStatus(err);
    if (!status) throw err;
    // Unknown account and wrong password are answered alike (Better Auth hashes either way); the
    // attempt stays counted.
    console.warn(`console sign-in failed for ${email}`);
    if (status === 'UNAUTHORIZED') return { error: 'The email or password is not correct.', values };
    if (status === 'FORBIDDEN') return { error: 'This account is disabled. Ask a console admin.', values };
    return { error: 'Signing in failed. Try again in a moment.', values };
  }
  await clearSignInAttempts(db, email);
  await pruneSignInAttempts(db);
  redirect('/');
}

const setupSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
    email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
    password: z.string().min(12, 'Use at least 12 characters.').max(256, 'Use at most 256 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });

export async function setupOwnerAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = Object.fromEntries(['name', 'email', 'password', 'confirm'].map((k) => [k, String(form.get(k) ?? '')]));
  const values = { name: raw.name ?? '', email: raw.email ?? '' };
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    return { error: null, fieldErrors, values };
  }
  const crossOrigin = await crossOriginActionProblem();
  if (crossOrigin) return { error: crossOrigin, values };
  const { name, email, password } = parsed.data;
  if ((await createFirstOwner({ name, email, password })) === 'closed') redirect('/sign-in');
  const auth = await getAuth();
  await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  redirect('/');
}

export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect('/sign-in');
}
