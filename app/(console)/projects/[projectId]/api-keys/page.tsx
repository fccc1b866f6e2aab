import type { Metadata } from 'next';
import { ApiKeysView } from '@/components/project-api-keys/api-keys-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'API keys' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectApiKeysPage({ params }: Props) {
  const session = await requirePageSession();
  const { projectId } = await params;
  return <ApiKeysView projectId={projectId} canRevoke={mayCall(session.user.role, 'projects.apiKeys.delete')} />;
}
