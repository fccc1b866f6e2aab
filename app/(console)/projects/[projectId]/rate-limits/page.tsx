import type { Metadata } from 'next';
import { RateLimitsView } from '@/components/project-rate-limits/rate-limits-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Rate limits' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectRateLimitsPage({ params }: Props) {
  const session = await requirePageSession();
  const { projectId } = await params;
  return (
    <RateLimitsView
      projectId={projectId}
      canEdit={mayCall(session.user.role, 'projects.rateLimits.updateRateLimit')}
    />
  );
}
