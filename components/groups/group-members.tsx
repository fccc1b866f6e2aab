'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { membersOptions } from '@/lib/queries/directory';
import { groupMembersOptions, type Group } from '@/lib/queries/groups';
import { fileSlug } from '@/lib/format/csv';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { PAGE_SIZE, useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { AddMembersDialog } from './add-members-dialog';
import { GroupMembersTable } from './group-members-table';
import { memberCsvColumns, selectMembers, type MemberView } from './groups-logic';
import { RemoveMemberDialog } from './remove-member-dialog';
import { ScimLocked } from './scim-hint';

/** The group's members: search, page, export, add (several at once) and remove. */
export function GroupMembers({ group, canEdit }: { group: Group; canEdit: boolean }) {
  const [url, setUrl] = useUrlState(['q', 'page', 'add'] as const);
  const members = useQuery(groupMembersOptions(group.id));
  const found = selectMembers(members.data ?? [], url.q);
  const shown = useUrlPage(found);
  // Organization roles come from the directory, for the people on this page only.
  const ids = shown.items.map((m) => m.id);
  const directory = useQuery({
    ...membersOptions({ ids, limit: PAGE_SIZE }),
    enabled: ids.length > 0,
  });
  const roleOf = new Map(directory.data?.data.map((u) => [u.id, u.role]) ?? []);
  const withRole = (list: typeof found): MemberView[] =>
    list.map((m) => ({ ...m, role: roleOf.get(m.id) ?? null }));

  const [removing, setRemoving] = useState<MemberView | null>(null);
  const scim = group.is_scim_managed;
  const addButton = canEdit && (
    <ScimLocked locked={scim}>
      <Button onClick={() => setUrl({ add: '1' })} disabled={scim}>
        Add members
      </Button>
    </ScimLocked>
  );

  return (
    <section aria-labelledby="members-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="members-heading" className="text-lg font-semibold">
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
          {/* The export holds every member the search selects, with the roles known for them. */}
          <ExportCsvButton
            what={`group-${fileSlug(group.name, 'group')}-members`}
            columns={memberCsvColumns}
            rows={withRole(found)}
            disabled={found.length === 0}
          />
          {addButton}
        </div>
      </div>

      {members.isPending ? (
        <TableSkeleton label="Loading members" rows={4} />
      ) : members.isError ? (
        <QueryErrorState title="The members could not be loaded" query={members} />
      ) : found.length === 0 ? (
        <EmptyState
          title={url.q ? `No members match “${url.q}”` : 'No members yet'}
          action={!url.q && addButton}
        >
          {url.q
            ? 'Try another name or email.'
            : scim
              ? 'Your identity provider has not assigned anyone to this group.'
              : 'Add people so they get the roles and project access this group holds.'}
        </EmptyState>
      ) : (
        <>
          <GroupMembersTable
            members={withRole(shown.items)}
            rolesLoading={directory.isPending}
            canEdit={canEdit}
            scim={scim}
            onRemove={setRemoving}
          />
          <PageNumberPager
            label="Members pages"
            {...shown.pager}
          />
        </>
      )}

      <AddMembersDialog
        open={canEdit && !scim && url.add === '1'}
        onClose={() => setUrl({ add: '' })}
        group={group}
        memberIds={new Set((members.data ?? []).map((m) => m.id))}
      />
      <RemoveMemberDialog group={group} member={removing} onClose={() => setRemoving(null)} />
    </section>
  );
}
