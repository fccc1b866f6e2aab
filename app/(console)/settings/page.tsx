import type { Metadata } from 'next';
import { ConnectionCard } from '@/components/settings/connection-card';
import { ConsoleUsersCard } from '@/components/settings/console-users-card';
import { SandboxKeyCard } from '@/components/settings/sandbox-key-card';
import { PageHeader } from '@/components/ui/page-header';
import { listConsoleUsers } from '@/lib/server/auth/accounts';
import { addConsoleUserAction } from '@/lib/server/auth/console-users';
import { requirePageSession } from '@/lib/server/auth/session';
import { getConfig } from '@/lib/server/config';
import { checkConnection } from '@/lib/server/connection';
import { getDb } from '@/lib/server/db';
import { getOrganizationIdentity } from '@/lib/server/organization';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const session = await requirePageSession();
  const isAdmin = session.user.role === 'admin';
  const config = getConfig();
  const [connection, organization, users, sandboxKey] = await Promise.all([
    checkConnection(),
    getOrganizationIdentity(),
    isAdmin ? listConsoleUsers() : Promise.resolve([]),
    isAdmin && config.sandboxEnabled ? getSandboxAdminKey(await getDb()) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader title="Settings" description="The connection to the organization, and who can use this console." />
      <div className="space-y-6">
        <ConnectionCard organizationName={organization.name} {...connection} />
        {sandboxKey && <SandboxKeyCard sandboxKey={sandboxKey} baseUrl={`${config.publicOrigin ?? `http://127.0.0.1:${config.port}`}/sandbox/v1`} />}
        {isAdmin && <ConsoleUsersCard users={users} currentUserId={session.user.id} addUser={addConsoleUserAction} />}
      </div>
    </>
  );
}
