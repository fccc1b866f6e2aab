'use client';

import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';
import type { ProjectGroup } from '@/lib/queries/project-groups';
import type { Project } from '@/lib/queries/projects';
import { projectLabel } from '@/lib/queries/project-members';
import { ProjectRoleAssignments } from '@/components/project-members/project-role-assignments';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, Skeleton } from '@/components/ui/states';

/** One group with access (from the URL's `group`): since when, and its project role assignments. */
export function ProjectGroupPanel({
  project,
  groupId,
  group,
  loading,
  onClose,
  canAssign,
}: {
  project: Project;
  groupId: string;
  group: ProjectGroup | null;
  loading: boolean;
  onClose: () => void;
  canAssign: boolean;
}) {
  return (
    <SidePanel
      open={groupId !== ''}
      onClose={onClose}
      title={group?.group_name ?? 'Group'}
      subtitle={group && 'Group with access to the project'}
    >
      {loading ? (
        <Skeleton className="h-32 w-full" />
      ) : !group ? (
        <EmptyState title="No access to this project">
          This group has no access to {projectLabel(project)}. It may have been removed.
        </EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1.5 text-sm">
            <dt className="text-muted-foreground">Access since</dt>
            <dd>{formatDate(group.created_at)}</dd>
            <dt className="text-muted-foreground">Group id</dt>
            <dd className="font-mono text-xs">{group.group_id}</dd>
            <dt className="text-muted-foreground">Members</dt>
            <dd>
              <Link className="underline" href={`/groups/${encodeURIComponent(group.group_id)}`}>
                See the group&apos;s members
              </Link>
            </dd>
          </dl>
          <ProjectRoleAssignments
            projectId={project.id}
            kind="groups"
            principal={{ id: group.group_id, label: group.group_name }}
            canAssign={canAssign}
          />
        </>
      )}
    </SidePanel>
  );
}
