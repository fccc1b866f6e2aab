import type { Metadata } from 'next';
import { GroupsView } from '@/components/groups/groups-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Groups' };

export default async function GroupsPage() {
  const session = await requirePageSession();
  return <GroupsView canEdit={mayCall(session.user.role, 'groups.create')} />;
}
