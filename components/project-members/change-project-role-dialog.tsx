'use client';

import { describeError } from '@/lib/queries/admin-fetch';
import type { Project } from '@/lib/queries/projects';
import {
  memberLabel,
  projectLabel,
  useChangeProjectMemberRole,
  type ProjectMemberRole,
  type ProjectUser,
} from '@/lib/queries/project-members';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';

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
  const close = () => {
    mutation.reset();
    onClose();
  };
  const label = change ? memberLabel(change.member) : '';
  return (
    <Dialog
      open={!!change}
      onClose={close}
      title={`Make ${label} ${change?.role === 'owner' ? 'an owner' : 'a member'} of ${projectLabel(project)}?`}
      description={change && CONSEQUENCE[change.role]}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button
            pending={mutation.isPending}
            onClick={() =>
              change &&
              mutation.mutate(
                { projectId: project.id, member: change.member, role: change.role },
                { onSuccess: close },
              )
            }
          >
            Change role
          </Button>
        </>
      }
    >
      <FormError message={mutation.isError ? describeError(mutation.error) : null} />
    </Dialog>
  );
}
