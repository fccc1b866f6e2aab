import type { Metadata } from 'next';
import { GroupView } from '@/components/groups/group-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Group' };

export default async function GroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const session = await requirePageSession();
  const { groupId } = await params;
  const role = session.user.role;
  return (
    <GroupView
      groupId={groupId}
      can={{
        rename: mayCall(role, 'groups.update'),
        delete: mayCall(role, 'groups.delete'),
        members: mayCall(role, 'groups.users.create') && mayCall(role, 'groups.users.delete'),
        roles: mayCall(role, 'groups.roles.create') && mayCall(role, 'groups.roles.delete'),
      }}
    />
  );
}
