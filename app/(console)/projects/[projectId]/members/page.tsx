import type { Metadata } from 'next';
import { ProjectMembersView } from '@/components/project-members/project-members-view';
import { roleAtLeast } from '@/lib/admin/operation';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project members' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectMembersPage({ params }: Props) {
  const session = await requirePageSession();
  const { projectId } = await params;
  const role = session.user.role;
  // Making someone a project owner may need more than the operation's own role (the registry says which).
  const ownerGrant = OPERATIONS_BY_NAME.get('projects.users.update')?.roleForBody?.({
    role: 'owner',
  });
  const changeRole = mayCall(role, 'projects.users.update');
  const add = mayCall(role, 'projects.users.create');
  return (
    <ProjectMembersView
      projectId={projectId}
      can={{
        add,
        changeRole,
        grantOwner: (add || changeRole) && (!ownerGrant || roleAtLeast(role, ownerGrant)),
        remove: mayCall(role, 'projects.users.delete'),
        assignRoles:
          mayCall(role, 'projects.users.roles.create') &&
          mayCall(role, 'projects.users.roles.delete'),
      }}
    />
  );
}
