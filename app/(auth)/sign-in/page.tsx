import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { signInAction } from '@/lib/server/auth/actions';
import { hasAnyAccount } from '@/lib/server/auth/accounts';
import { getPageSession } from '@/lib/server/auth/session';
import { endedMessage, SESSION_ENDS, type SessionEnd } from '@/lib/server/auth/session-expiry';
import { getConfig } from '@/lib/server/config';

// Depends on the accounts in the database: never prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ ended?: string | string[] }> }) {
  if (await getPageSession()) redirect('/');
  if (!(await hasAnyAccount())) redirect('/setup');
  // Set by the redirect of a session that ended by time; anything else is ignored.
  const { ended } = await searchParams;
  const reason = SESSION_ENDS.find((r): r is SessionEnd => r === ended);
  return <SignInForm action={signInAction} notice={reason ? endedMessage(reason, getConfig()) : null} />;
}
