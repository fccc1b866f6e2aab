'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { groupsListOptions } from '@/lib/queries/groups';
import { projectGroupsOptions, type ProjectGroup } from '@/lib/queries/project-groups';
import { fileSlug } from '@/lib/format/csv';
import { useProject } from '@/components/project/use-project';
import {
  groupCsvColumns,
  selectProjectGroups,
  type ProjectGroupView,
} from '@/components/project-members/project-access-logic';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { AddProjectGroupDialog } from './add-project-group-dialog';
import { ProjectGroupPanel } from './project-group-panel';
import { ProjectGroupsTable } from './project-groups-table';
import { RemoveProjectGroupDialog } from './remove-project-group-dialog';

export interface GroupPermissions {
  add: boolean;
  remove: boolean;
  assignRoles: boolean;
}

const NONE: GroupPermissions = { add: false, remove: false, assignRoles: false };

/** Each row reads its group's project roles (one request), so the table shows this many at a time. */
const PAGE_SIZE = 20;

/** The groups with access to the project: search, export, add with a role, remove, role assignments. */
export function ProjectGroupsView({
  projectId,
  can: allowed,
}: {
  projectId: string;
  can: GroupPermissions;
}) {
  const { project, archived } = useProject(projectId);
  const can = archived ? NONE : allowed;
  const [url, setUrl] = useUrlState(['q', 'page', 'add', 'group'] as const);
  const groups = useQuery({ ...projectGroupsOptions(projectId), enabled: !!project });
  const directory = useQuery(groupsListOptions());
  const counts = new Map(directory.data?.data.map((g) => [g.id, g.member_count]) ?? []);
  const found: ProjectGroupView[] = selectProjectGroups(groups.data ?? [], url.q).map((g) => ({
    ...g,
    member_count: counts.get(g.group_id) ?? null,
  }));
  const shown = useUrlPage(found, { size: PAGE_SIZE });
  const [removing, setRemoving] = useState<ProjectGroup | null>(null);
  const projectName = project?.name || 'this project';
  const addButton = can.add && <Button onClick={() => setUrl({ add: '1' })}>Add group</Button>;

  let body;
  if (!project || groups.isPending) body = <TableSkeleton label="Loading groups" rows={3} />;
  else if (groups.isError)
    body = (
      <QueryErrorState title="The project's groups could not be loaded" query={groups} />
    );
  else if (found.length === 0)
    body = (
      <EmptyState
        title={url.q ? `No groups match “${url.q}”` : 'No groups have access'}
        action={!url.q && addButton}
      >
        {url.q
          ? 'Try another name.'
          : 'Give a group access to let all its members use this project with the role you choose.'}
      </EmptyState>
    );
  else
    body = (
      <>
        <ProjectGroupsTable
          projectId={projectId}
          groups={shown.items}
          countsLoading={directory.isPending}
          canRemove={can.remove}
          onRemove={setRemoving}
          onOpen={(g) => setUrl({ group: g.group_id })}
        />
        <PageNumberPager
          label="Groups pages"
          {...shown.pager}
        />
      </>
    );

  return (
    <section aria-labelledby="project-groups-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="project-groups-heading" className="text-lg font-semibold">
          Groups{' '}
          {groups.data && (
            <span className="text-muted-foreground tabular-nums">({groups.data.length})</span>
          )}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-64">
            <Input
              type="search"
              aria-label="Search groups"
              placeholder="Search by name"
              value={url.q}
              onChange={(e) => setUrl({ q: e.target.value, page: '' })}
            />
          </div>
          <ExportCsvButton
            what={`project-${fileSlug(projectName, 'project')}-groups`}
            columns={groupCsvColumns}
            rows={found}
            disabled={found.length === 0}
          />
          {addButton}
        </div>
      </div>
      {body}
      {project && (
        <>
          <AddProjectGroupDialog
            open={can.add && url.add === '1'}
            onClose={() => setUrl({ add: '' })}
            project={project}
            current={groups.data ?? []}
          />
          <RemoveProjectGroupDialog
            project={project}
            group={removing}
            onClose={() => setRemoving(null)}
          />
          <ProjectGroupPanel
            project={project}
            groupId={url.group}
            group={groups.data?.find((g) => g.group_id === url.group) ?? null}
            loading={groups.isPending}
            onClose={() => setUrl({ group: '' })}
            canAssign={can.assignRoles}
          />
        </>
      )}
    </section>
  );
}
