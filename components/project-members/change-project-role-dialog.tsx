'use client';

import type { Project } from '@/lib/queries/projects';
import {
  memberLabel,
  projectLabel,
  useChangeProjectMemberRole,
  type ProjectMemberRole,
  type ProjectUser,
} from '@/lib/queries/project-members';
import { ConfirmDialog } from '@/components/ui/dialog';

export interface ProjectRoleChange {
  member: ProjectUser;
  role: ProjectMemberRole;
}

const CONSEQUENCE: Record<ProjectMemberRole, string> = {
  owner:
    'Project owners manage the project: its members, API keys, service accounts, limits and settings.',
  member:
    'Members use the project (model requests, their own API keys) but cannot manage it. Their project role assignments stay.',
};

/** Confirms a project role change; the server's refusal (say, owner rights need a console admin) shows in place. */
export function ChangeProjectRoleDialog({
  project,
  change,
  onClose,
}: {
  project: Project;
  change: ProjectRoleChange | null;
  onClose: () => void;
}) {
  const mutation = useChangeProjectMemberRole();
  const label = change ? memberLabel(change.member) : '';
  return (
    <ConfirmDialog
      open={!!change}
      onClose={onClose}
      title={`Make ${label} ${change?.role === 'owner' ? 'an owner' : 'a member'} of ${projectLabel(project)}?`}
      consequence={change && CONSEQUENCE[change.role]}
      confirmLabel="Change role"
      tone="primary"
      mutation={mutation}
      onConfirm={() => change && mutation.mutate({ projectId: project.id, member: change.member, role: change.role }, { onSuccess: onClose })}
    />
  );
}
