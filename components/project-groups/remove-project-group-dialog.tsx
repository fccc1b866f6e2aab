'use client';

import { useRemoveProjectGroup, type ProjectGroup } from '@/lib/queries/project-groups';
import type { Project } from '@/lib/queries/projects';
import { projectLabel } from '@/lib/queries/project-members';
import { ConfirmDialog } from '@/components/ui/dialog';

/** Confirms revoking a group's access, naming who loses what. */
export function RemoveProjectGroupDialog({
  project,
  group,
  onClose,
}: {
  project: Project;
  group: ProjectGroup | null;
  onClose: () => void;
}) {
  const remove = useRemoveProjectGroup();
  const name = group?.group_name ?? 'group';
  return (
    <ConfirmDialog
      open={!!group}
      onClose={onClose}
      title={`Remove ${name} from ${projectLabel(project)}?`}
      consequence={
        <>
          Members of <strong>{name}</strong> lose the access to{' '}
          <strong>{projectLabel(project)}</strong> and the project roles this group gave them,
          unless they are members of the project themselves or through another group. The group
          itself is not changed.
        </>
      }
      confirmLabel="Remove group"
      mutation={remove}
      onConfirm={() =>
        group &&
        remove.mutate(
          { projectId: project.id, projectName: projectLabel(project), group },
          { onSuccess: onClose },
        )
      }
    />
  );
}
