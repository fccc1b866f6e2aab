'use client';

import type { Project } from '@/lib/queries/projects';
import {
  memberLabel,
  projectLabel,
  useRemoveProjectMember,
  type ProjectUser,
} from '@/lib/queries/project-members';
import { ConfirmDialog } from '@/components/ui/dialog';

/** Confirms removing someone from the project, naming what they lose and what they keep. */
export function RemoveProjectMemberDialog({
  project,
  member,
  onClose,
}: {
  project: Project;
  member: ProjectUser | null;
  onClose: () => void;
}) {
  const remove = useRemoveProjectMember();
  const who = member ? memberLabel(member) : 'member';
  return (
    <ConfirmDialog
      open={!!member}
      onClose={onClose}
      title={`Remove ${who} from ${projectLabel(project)}?`}
      consequence={
        <>
          <strong>{who}</strong> stays in the organization but loses direct access to{' '}
          <strong>{projectLabel(project)}</strong> and the project roles assigned to them here.
          Access through a group is kept.
        </>
      }
      confirmLabel="Remove from project"
      mutation={remove}
      onConfirm={() =>
        member &&
        remove.mutate(
          { projectId: project.id, projectName: projectLabel(project), member },
          { onSuccess: onClose },
        )
      }
    />
  );
}
