import type { Metadata } from 'next';
import { InvitesView } from '@/components/invites/invites-view';
import { roleAtLeast } from '@/lib/admin/operation';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Invites' };

export default async function InvitesPage() {
  const session = await requirePageSession();
  const { role } = session.user;
  // Inviting an owner (or a project owner) takes more than inviting: the registry says how much.
  const ownerNeeds =
    OPERATIONS_BY_NAME.get('invites.create')?.roleForBody?.({ role: 'owner' }) ?? 'admin';
  return (
    <InvitesView
      canInvite={mayCall(role, 'invites.create')}
      canDelete={mayCall(role, 'invites.delete')}
      ownerGrant={{ allowed: roleAtLeast(role, ownerNeeds), needs: ownerNeeds, role }}
    />
  );
}
