import type { Metadata } from 'next';
import { PermissionsView } from '@/components/project-permissions/permissions-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Permissions' };

type Props = { params: Promise<{ projectId: string }> };

export default async function ProjectPermissionsPage({ params }: Props) {
  const session = await requirePageSession();
  const { projectId } = await params;
  const { role } = session.user;
  return (
    <PermissionsView
      projectId={projectId}
      canSetModels={mayCall(role, 'projects.modelPermissions.update')}
      canRemoveModels={mayCall(role, 'projects.modelPermissions.delete')}
      canSetTools={mayCall(role, 'projects.hostedToolPermissions.update')}
    />
  );
}
