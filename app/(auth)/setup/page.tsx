import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/auth/setup-form';
import { setupOwnerAction } from '@/lib/server/auth/actions';
import { hasAnyAccount } from '@/lib/server/auth/accounts';

// Depends on the accounts in the database: never prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Set up the console' };

export default async function SetupPage() {
  // Set-up is for the very first visit only; afterwards accounts are made by console admins.
  if (await hasAnyAccount()) redirect('/sign-in');
  return <SetupForm action={setupOwnerAction} />;
}
