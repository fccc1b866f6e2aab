import type { Metadata } from 'next';
import { ProjectRolesView } from '@/components/project-roles/project-roles-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project roles' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectRolesPage({ params }: Props) {
  const { user } = await requirePageSession();
  const { projectId } = await params;
  return (
    <ProjectRolesView
      projectId={projectId}
      can={{
        create: mayCall(user.role, 'projects.roles.create'),
        update: mayCall(user.role, 'projects.roles.update'),
        remove: mayCall(user.role, 'projects.roles.delete'),
      }}
    />
  );
}
