'use client';

import { formatDate } from '@/lib/format/dates';
import type { Project } from '@/lib/queries/projects';
import { memberLabel, projectLabel, type ProjectUser } from '@/lib/queries/project-members';
import { EmptyState, Skeleton } from '@/components/ui/states';
import { projectRoleLabel } from './project-access-logic';
import { ProjectRoleAssignments } from './project-role-assignments';
import { SidePanel } from '@/components/ui/side-panel';

/** One member of the project (from the URL's `user`): their role and their project role assignments. */
export function ProjectMemberPanel({
  project,
  member,
  userId,
  loading,
  onClose,
  canAssign,
}: {
  project: Project;
  member: ProjectUser | null;
  userId: string;
  loading: boolean;
  onClose: () => void;
  canAssign: boolean;
}) {
  return (
    <SidePanel
      open={userId !== ''}
      onClose={onClose}
      title={member ? memberLabel(member) : 'Member'}
      subtitle={member?.name && member.email ? member.email : undefined}
    >
      {loading ? (
        <Skeleton className="h-32 w-full" />
      ) : !member ? (
        <EmptyState title="Not a member of this project">
          No one with this id is in {projectLabel(project)}. They may have been removed.
        </EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1.5 text-sm">
            <dt className="text-muted-foreground">Project role</dt>
            <dd>{projectRoleLabel(member.role)}</dd>
            <dt className="text-muted-foreground">Added</dt>
            <dd>{formatDate(member.added_at)}</dd>
            <dt className="text-muted-foreground">User id</dt>
            <dd className="font-mono text-xs">{member.id}</dd>
          </dl>
          <ProjectRoleAssignments
            projectId={project.id}
            kind="users"
            principal={{ id: member.id, label: memberLabel(member) }}
            canAssign={canAssign}
          />
        </>
      )}
    </SidePanel>
  );
}
