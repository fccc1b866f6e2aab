import type { Metadata } from 'next';
import { ProjectsView } from '@/components/projects/projects-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Projects' };

export default async function ProjectsPage() {
  const session = await requirePageSession();
  return <ProjectsView canEdit={mayCall(session.user.role, 'projects.create')} />;
}
