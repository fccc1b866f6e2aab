'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { projectMembersOptions, type ProjectUser } from '@/lib/queries/project-members';
import { fileSlug } from '@/lib/format/csv';
import { useProject } from '@/components/project/use-project';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { AddProjectMembersDialog } from './add-project-members-dialog';
import { ChangeProjectRoleDialog, type ProjectRoleChange } from './change-project-role-dialog';
import { memberCsvColumns, selectProjectMembers } from './project-access-logic';
import { ProjectMemberPanel } from './project-member-panel';
import { ProjectMembersTable } from './project-members-table';
import { RemoveProjectMemberDialog } from './remove-project-member-dialog';

export interface MemberPermissions {
  add: boolean;
  changeRole: boolean;
  grantOwner: boolean;
  remove: boolean;
  assignRoles: boolean;
}

const NONE: MemberPermissions = {
  add: false,
  changeRole: false,
  grantOwner: false,
  remove: false,
  assignRoles: false,
};

/** The project's members: search, page, export; add several at once, change role, remove, role assignments. */
export function ProjectMembersView({
  projectId,
  can: allowed,
}: {
  projectId: string;
  can: MemberPermissions;
}) {
  const { project, archived } = useProject(projectId);
  // An archived project is read-only (and the API says it has no users).
  const can = archived ? NONE : allowed;
  const [url, setUrl] = useUrlState(['q', 'page', 'add', 'user'] as const);
  const members = useQuery({
    ...projectMembersOptions(projectId),
    enabled: !!project && !archived,
  });
  const found = selectProjectMembers(members.data ?? [], url.q);
  const shown = useUrlPage(found);
  const [change, setChange] = useState<ProjectRoleChange | null>(null);
  const [removing, setRemoving] = useState<ProjectUser | null>(null);
  const projectName = project?.name || 'this project';
  const addButton = can.add && <Button onClick={() => setUrl({ add: '1' })}>Add members</Button>;

  let body;
  if (archived)
    body = (
      <EmptyState title="No members">
        An archived project has no members: they lost access when it was archived.
      </EmptyState>
    );
  else if (!project || members.isPending) body = <TableSkeleton label="Loading members" rows={5} />;
  else if (members.isError)
    body = (
      <QueryErrorState title="The members could not be loaded" query={members} />
    );
  else if (found.length === 0)
    body = (
      <EmptyState
        title={url.q ? `No members match “${url.q}”` : 'No members yet'}
        action={!url.q && addButton}
      >
        {url.q
          ? 'Try another name or email.'
          : 'Add people from the organization to let them use this project.'}
      </EmptyState>
    );
  else
    body = (
      <>
        <ProjectMembersTable
          members={shown.items}
          can={can}
          onRoleChange={(member, role) => setChange({ member, role })}
          onRemove={setRemoving}
          onOpen={(member) => setUrl({ user: member.id })}
        />
        <PageNumberPager
          label="Members pages"
          {...shown.pager}
        />
      </>
    );

  return (
    <section aria-labelledby="project-members-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="project-members-heading" className="text-lg font-semibold">
          Members{' '}
          {members.data && (
            <span className="text-muted-foreground tabular-nums">({members.data.length})</span>
          )}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-64">
            <Input
              type="search"
              aria-label="Search members"
              placeholder="Search by name or email"
              value={url.q}
              onChange={(e) => setUrl({ q: e.target.value, page: '' })}
            />
          </div>
          <ExportCsvButton
            what={`project-${fileSlug(projectName, 'project')}-members`}
            columns={memberCsvColumns}
            rows={found}
            disabled={found.length === 0}
          />
          {addButton}
        </div>
      </div>
      {body}
      {project && (
        <>
          <AddProjectMembersDialog
            open={can.add && url.add === '1'}
            onClose={() => setUrl({ add: '' })}
            project={project}
            memberIds={new Set((members.data ?? []).map((m) => m.id))}
            canGrantOwner={can.grantOwner}
          />
          <ChangeProjectRoleDialog
            project={project}
            change={change}
            onClose={() => setChange(null)}
          />
          <RemoveProjectMemberDialog
            project={project}
            member={removing}
            onClose={() => setRemoving(null)}
          />
          <ProjectMemberPanel
            project={project}
            member={members.data?.find((m) => m.id === url.user) ?? null}
            userId={url.user}
            loading={members.isPending && !archived}
            onClose={() => setUrl({ user: '' })}
            canAssign={can.assignRoles}
          />
        </>
      )}
    </section>
  );
}
