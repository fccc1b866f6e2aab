import type { Metadata } from 'next';
import { ProjectGroupsView } from '@/components/project-groups/project-groups-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project groups' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectGroupsPage({ params }: Props) {
  const session = await requirePageSession();
  const { projectId } = await params;
  const role = session.user.role;
  return (
    <ProjectGroupsView
      projectId={projectId}
      can={{
        add: mayCall(role, 'projects.groups.create'),
        remove: mayCall(role, 'projects.groups.delete'),
        assignRoles:
          mayCall(role, 'projects.groups.roles.create') &&
          mayCall(role, 'projects.groups.roles.delete'),
      }}
    />
  );
}
