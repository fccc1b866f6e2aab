import type { Metadata } from 'next';
import { ProjectSpendView } from '@/components/project-spend/project-spend-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project spend alerts' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectSpendAlertsPage({ params }: Props) {
  const { user } = await requirePageSession();
  const { projectId } = await params;
  return (
    <ProjectSpendView
      projectId={projectId}
      can={{
        createAlert: mayCall(user.role, 'projects.spendAlerts.create'),
        updateAlert: mayCall(user.role, 'projects.spendAlerts.update'),
        deleteAlert: mayCall(user.role, 'projects.spendAlerts.delete'),
        setLimit: mayCall(user.role, 'projects.spendLimit.update'),
        removeLimit: mayCall(user.role, 'projects.spendLimit.delete'),
      }}
    />
  );
}
