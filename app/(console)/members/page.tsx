import type { Metadata } from 'next';
import { MembersView } from '@/components/members/members-view';
import { roleAtLeast } from '@/lib/admin/operation';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage() {
  const session = await requirePageSession();
  const role = session.user.role;
  // Making someone an owner may need more than the operation's own role (the registry says which).
  const ownerGrant = OPERATIONS_BY_NAME.get('users.update')?.roleForBody?.({ role: 'owner' });
  const canChangeRole = mayCall(role, 'users.update');
  return (
    <MembersView
      canChangeRole={canChangeRole}
      canGrantOwner={canChangeRole && (!ownerGrant || roleAtLeast(role, ownerGrant))}
      canRemove={mayCall(role, 'users.delete')}
      canAssignRoles={mayCall(role, 'users.roles.create') && mayCall(role, 'users.roles.delete')}
    />
  );
}
