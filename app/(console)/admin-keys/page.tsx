import type { Metadata } from 'next';
import { AdminKeysView } from '@/components/admin-keys/admin-keys-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';
import { getConfig } from '@/lib/server/config';
import { identifyConsoleKey } from '@/lib/server/console-key';

export const metadata: Metadata = { title: 'Admin keys' };

export default async function AdminKeysPage() {
  const session = await requirePageSession();
  const { role } = session.user;
  return (
    <AdminKeysView
      canCreate={mayCall(role, 'adminAPIKeys.create')}
      canDelete={mayCall(role, 'adminAPIKeys.delete')}
      consoleKey={await identifyConsoleKey()}
      sandbox={getConfig().usesSandbox}
    />
  );
}
