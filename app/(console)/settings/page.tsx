import type { Metadata } from 'next';
import { ConnectionCard } from '@/components/settings/connection-card';
import { ConsoleUsersCard } from '@/components/settings/console-users-card';
import { OwnAccountCard } from '@/components/settings/own-account-card';
import { SandboxControlsCard } from '@/components/settings/sandbox-controls-card';
import { SandboxKeyCard } from '@/components/settings/sandbox-key-card';
import { PageHeader } from '@/components/ui/page-header';
import { countOtherSessions, listConsoleUsers } from '@/lib/server/auth/accounts';
import {
  addConsoleUserAction,
  resetConsoleUserPasswordAction,
  revokeConsoleUserSessionsAction,
  setConsoleUserDisabledAction,
  setConsoleUserRoleAction,
} from '@/lib/server/auth/console-users';
import { changeOwnPasswordAction, signOutOtherSessionsAction } from '@/lib/server/auth/own-account';
import { requirePageSession } from '@/lib/server/auth/session';
import { getConfig } from '@/lib/server/config';
import { checkConnection } from '@/lib/server/connection';
import { getDb } from '@/lib/server/db';
import { getOrganizationIdentity } from '@/lib/server/organization';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { readFaultConfig } from '@/lib/sandbox/faults/setting';
import { resetSandboxAction, saveSandboxFaultsAction } from '@/lib/server/sandbox-actions';

export const metadata: Metadata = { title: 'Settings' };

const consoleUserActions = {
  addUser: addConsoleUserAction,
  setRole: setConsoleUserRoleAction,
  setDisabled: setConsoleUserDisabledAction,
  revokeSessions: revokeConsoleUserSessionsAction,
  resetPassword: resetConsoleUserPasswordAction,
};

export default async function SettingsPage() {
  const session = await requirePageSession();
  const isAdmin = session.user.role === 'admin';
  const config = getConfig();
  const [connection, organization, users, otherSessions, sandboxKey, sandboxFaults] = await Promise.all([
    checkConnection(),
    getOrganizationIdentity(),
    isAdmin ? listConsoleUsers() : Promise.resolve([]),
    countOtherSessions(session.user.id, session.sessionId),
    isAdmin && config.sandboxEnabled ? getSandboxAdminKey(await getDb()) : Promise.resolve(null),
    isAdmin && config.sandboxEnabled ? readFaultConfig(await getDb(), { fresh: true }) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader title="Settings" description="The connection to the organization, and who can use this console." />
      <div className="space-y-6">
        <ConnectionCard organizationName={organization.name} {...connection} />
        {sandboxKey && <SandboxKeyCard sandboxKey={sandboxKey} baseUrl={`${config.publicOrigin ?? config.localOrigin}/sandbox/v1`} />}
        {sandboxFaults && <SandboxControlsCard faults={sandboxFaults.text} source={sandboxFaults.source} saveFaults={saveSandboxFaultsAction} resetSandbox={resetSandboxAction} />}
        {isAdmin && <ConsoleUsersCard users={users} currentUserId={session.user.id} actions={consoleUserActions} />}
        <OwnAccountCard user={session.user} otherSessions={otherSessions} changePassword={changeOwnPasswordAction} signOutOthers={signOutOtherSessionsAction} />
      </div>
    </>
  );
}
