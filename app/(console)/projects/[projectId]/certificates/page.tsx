import type { Metadata } from 'next';
import { ProjectCertificatesView } from '@/components/project-certificates/project-certificates-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project certificates' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectCertificatesPage({ params }: Props) {
  const { user } = await requirePageSession();
  const { projectId } = await params;
  return (
    <ProjectCertificatesView
      projectId={projectId}
      can={{
        activate: mayCall(user.role, 'projects.certificates.activate'),
        deactivate: mayCall(user.role, 'projects.certificates.deactivate'),
      }}
    />
  );
}
