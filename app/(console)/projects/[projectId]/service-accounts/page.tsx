import type { Metadata } from 'next';
import { ServiceAccountsView } from '@/components/project-service-accounts/service-accounts-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Service accounts' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectServiceAccountsPage({ params }: Props) {
  const session = await requirePageSession();
  const { role } = session.user;
  const { projectId } = await params;
  return (
    <ServiceAccountsView
      projectId={projectId}
      canCreate={mayCall(role, 'projects.serviceAccounts.create')}
      canUpdate={mayCall(role, 'projects.serviceAccounts.update')}
      canDelete={mayCall(role, 'projects.serviceAccounts.delete')}
      canCreateKey={mayCall(role, 'projects.serviceAccounts.apiKeys.create')}
    />
  );
}
