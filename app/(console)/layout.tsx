import type { ReactNode } from 'react';
import { ReauthDialog } from '@/components/auth/reauth-dialog';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { Sidebar } from '@/components/shell/sidebar';
import { signOutAction } from '@/lib/server/auth/actions';
import { confirmPasswordAction } from '@/lib/server/auth/reauth';
import { requirePageSession } from '@/lib/server/auth/session';
import { getOrganizationIdentity } from '@/lib/server/organization';

// The shell. Each page checks the session itself too: a layout is not a gate on its own.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await requirePageSession();
  const organization = await getOrganizationIdentity();
  return (
    <div className="flex min-h-screen">
      <Sidebar organizationName={organization.name} sandbox={organization.sandbox} user={session.user} signOut={signOutAction} />
      <div className="flex min-w-0 flex-1 flex-col">
        {organization.sandbox && <SandboxBanner />}
        <main className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">{children}</main>
        <ReauthDialog confirm={confirmPasswordAction} />
      </div>
    </div>
  );
}
