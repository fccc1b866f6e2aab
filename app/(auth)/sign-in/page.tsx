import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { signInAction } from '@/lib/server/auth/actions';
import { hasAnyAccount } from '@/lib/server/auth/accounts';
import { getPageSession } from '@/lib/server/auth/session';

// Depends on the accounts in the database: never prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (await getPageSession()) redirect('/');
  if (!(await hasAnyAccount())) redirect('/setup');
  return <SignInForm action={signInAction} />;
}
