import type { Metadata } from 'next';
import { ProjectSettingsView } from '@/components/project-settings/project-settings-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project settings' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectSettingsPage({ params }: Props) {
  const session = await requirePageSession();
  const { role } = session.user;
  const { projectId } = await params;
  return (
    <ProjectSettingsView
      projectId={projectId}
      canRename={mayCall(role, 'projects.update')}
      canArchive={mayCall(role, 'projects.archive')}
    />
  );
}
