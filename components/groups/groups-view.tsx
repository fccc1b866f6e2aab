'use client';

import dynamic from 'next/dynamic';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  groupsListOptions,
  useCreateGroup,
  useRenameGroup,
  type GroupRow,
} from '@/lib/queries/groups';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { DeleteGroupDialog } from './delete-group-dialog';
import { GroupsTable } from './groups-table';
import { groupCsvColumns, parseSort, selectGroups, type GroupSort } from './groups-logic';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const GroupNameDialog = dynamic(() => import('./group-name-dialog').then((m) => m.GroupNameDialog));

/** `canEdit`: whether the signed-in role may create, rename and delete groups (from the registry). */
export function GroupsView({ canEdit }: { canEdit: boolean }) {
  const router = useRouter();
  const [url, setUrl] = useUrlState(['q', 'sort', 'order', 'page'] as const);
  const sort = parseSort(url.sort);
  const order = url.order === 'desc' ? 'desc' : 'asc';
  const query = useQuery(groupsListOptions());
  const shown = selectGroups(query.data?.data ?? [], url.q, sort, order);
  const onPage = useUrlPage(shown);

  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<GroupRow | null>(null);
  const [deleting, setDeleting] = useState<GroupRow | null>(null);
  const create = useCreateGroup();
  const rename = useRenameGroup();

  const onSort = (next: GroupSort) =>
    setUrl({
      sort: next === 'name' ? '' : next,
      order: next === sort && order === 'asc' ? 'desc' : '',
      page: '',
    });
  const createButton = canEdit && <Button onClick={() => setCreating(true)}>Create group</Button>;

  return (
    <>
      <PageHeader
        title="Groups"
        description="Groups give several people the same organization roles and project access at once. Groups synced from your identity provider (SCIM) are changed there."
        actions={createButton}
      />
      <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
        <Input
          type="search"
          aria-label="Search groups"
          placeholder="Search by name or id"
          value={url.q}
          onChange={(e) => setUrl({ q: e.target.value, page: '' })}
          className="max-w-xs"
        />
        <div className="flex items-center gap-3">
          {query.data && (
            <span className="text-muted-foreground text-sm tabular-nums">
              {shown.length === query.data.data.length
                ? `${shown.length} groups`
                : `${shown.length} of ${query.data.data.length} groups`}
            </span>
          )}
          <ExportCsvButton
            what="groups"
            columns={groupCsvColumns}
            rows={shown}
            disabled={shown.length === 0}
          />
        </div>
      </div>

      {query.isPending ? (
        <TableSkeleton label="Loading groups" />
      ) : query.isError ? (
        <QueryErrorState title="The groups could not be loaded" query={query} />
      ) : shown.length === 0 ? (
        <EmptyState
          title={url.q ? `No groups match “${url.q}”` : 'No groups yet'}
          action={!url.q && createButton}
        >
          {url.q
            ? 'Try another name, or clear the search.'
            : 'Create a group to give a team the same roles and project access in one step.'}
        </EmptyState>
      ) : (
        <>
          <GroupsTable
            groups={onPage.items}
            sort={sort}
            order={order}
            onSort={onSort}
            canEdit={canEdit}
            onRename={setRenaming}
            onDelete={setDeleting}
          />
          <PageNumberPager label="Groups pages" {...onPage.pager} />
        </>
      )}

      <GroupNameDialog
        open={creating}
        onClose={() => setCreating(false)}
        title="Create group"
        submitLabel="Create group"
        onSubmit={async (name) => {
          const group = await create.mutateAsync({ name });
          router.push(`/groups/${encodeURIComponent(group.id)}`);
        }}
      />
      <GroupNameDialog
        open={!!renaming}
        onClose={() => setRenaming(null)}
        title={`Rename ${renaming?.name ?? 'group'}`}
        submitLabel="Save name"
        initialName={renaming?.name ?? ''}
        onSubmit={(name) => {
          if (!renaming) throw new Error('No group is being renamed.');
          return rename.mutateAsync({ id: renaming.id, name });
        }}
      />
      <DeleteGroupDialog group={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
