import type { Metadata } from 'next';
import { DataRetentionView } from '@/components/project-settings/data-retention-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project data retention' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectDataRetentionPage({ params }: Props) {
  const session = await requirePageSession();
  const { projectId } = await params;
  return <DataRetentionView projectId={projectId} canEdit={mayCall(session.user.role, 'projects.dataRetention.update')} />;
}
