import type { Metadata } from 'next';
import { ProjectOverviewView } from '@/components/project-overview/project-overview-view';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project overview' };

type Props = { params: Promise<{ projectId: string }> };

/** The project's overview tab: read-only figures, so every console role sees the same page. */
export default async function ProjectOverviewPage({ params }: Props) {
  await requirePageSession();
  const { projectId } = await params;
  return <ProjectOverviewView projectId={projectId} />;
}
