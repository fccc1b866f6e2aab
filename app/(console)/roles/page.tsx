import type { Metadata } from 'next';
import { RolesView } from '@/components/roles/roles-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Roles' };

export default async function RolesPage() {
  const { user } = await requirePageSession();
  return (
    <RolesView
      can={{
        create: mayCall(user.role, 'roles.create'),
        update: mayCall(user.role, 'roles.update'),
        remove: mayCall(user.role, 'roles.delete'),
        assign: mayCall(user.role, 'users.roles.create'),
        unassign: mayCall(user.role, 'users.roles.delete'),
      }}
    />
  );
}
