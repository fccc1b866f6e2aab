'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { membersOptions, type MemberRow } from '@/lib/queries/directory';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { ChangeRoleDialog, type RoleChange } from './change-role-dialog';
import { ExportMembersButton } from './export-members-button';
import { MemberDetailPanel } from './member-detail-panel';
import { MembersFreshness } from './members-freshness';
import { MEMBER_SORTS, nextSort, PAGE_SIZE, pageRangeText, parsePage, type MemberSort } from './members-format';
import { MembersTable } from './members-table';
import { MembersTabs } from './members-tabs';
import { MembersToolbar } from './members-toolbar';
import { RemoveMemberDialog } from './remove-member-dialog';

export interface MembersViewProps {
  /** What the signed-in console role may do (decided on the server from the registry). */
  canChangeRole: boolean;
  canGrantOwner: boolean;
  canRemove: boolean;
  canAssignRoles: boolean;
}

const URL_KEYS = ['q', 'role', 'sort', 'order', 'page', 'user'] as const;

export function MembersView({
  canChangeRole,
  canGrantOwner,
  canRemove,
  canAssignRoles,
}: MembersViewProps) {
  const [url, setUrl] = useUrlState(URL_KEYS);
  const sort = (MEMBER_SORTS as string[]).includes(url.sort) ? (url.sort as MemberSort) : 'name';
  const order = url.order === 'desc' ? 'desc' : 'asc';
  const page = parsePage(url.page);
  const offset = (page - 1) * PAGE_SIZE;
  const filters = { q: url.q || undefined, role: url.role || undefined, sort, order } as const;
  const query = useQuery(membersOptions({ ...filters, offset, limit: PAGE_SIZE, partial: true }));
  const data = query.data;

  const [changing, setChanging] = useState<RoleChange | null>(null);
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const goToPage = (n: number) => setUrl({ page: n > 1 ? String(n) : '' });
  const filtered = !!(url.q || url.role);

  return (
    <>
      <PageHeader
        title="Members"
        description="Everyone in the organization: their organization role, and the projects and groups they belong to."
      />
      <MembersTabs active="members" />
      <MembersToolbar
        search={url.q}
        onSearch={(q) => setUrl({ q, page: '' })}
        role={url.role}
        onRole={(role) => setUrl({ role, page: '' })}
        counts={data?.roles}
      >
        {data && <MembersFreshness data={data} />}
        <ExportMembersButton params={filters} disabled={!data || data.total === 0} />
      </MembersToolbar>

      {query.isError ? (
        <QueryErrorState title="The members could not be loaded" query={query} />
      ) : !data ? (
        <TableSkeleton label="Loading members" rows={10} />
      ) : data.data.length === 0 ? (
        data.total > 0 ? (
          <EmptyState
            title={data.users_complete === false ? 'This page is past the members read so far' : 'This page is past the end of the list'}
            action={<Button onClick={() => goToPage(1)}>Go to the first page</Button>}
          />
        ) : (
          <EmptyState title={filtered ? 'No members match' : 'No members yet'}>
            {data.users_complete === false
              ? 'None of the members read so far match; the rest are still being read, and this list updates by itself.'
              : filtered
              ? `No one${url.role ? ` with the role ${url.role}` : ''}${url.q ? ` matches “${url.q}”` : ''}. Try another name or email, or another role.`
              : 'Invite people from the Invites tab.'}
          </EmptyState>
        )
      ) : (
        <>
          <MembersTable
            members={data.data}
            sort={sort}
            order={order}
            onSort={(column) => {
              const next = nextSort({ sort, order }, column);
              setUrl({
                sort: next.sort === 'name' ? '' : next.sort,
                order: next.order === 'asc' ? '' : 'desc',
                page: '',
              });
            }}
            onOpen={(member) => setUrl({ user: member.id })}
            onChangeRole={
              canChangeRole ? (member, role) => setChanging({ member, role }) : undefined
            }
            canGrantOwner={canGrantOwner}
            onRemove={canRemove ? setRemoving : undefined}
          />
          <Pager
            status={`${pageRangeText(offset, data.data.length, data.total)}${data.users_complete === false ? ' read so far' : ''}`}
            hasPrevious={offset > 0}
            hasNext={offset + data.data.length < data.total}
            busy={query.isPlaceholderData}
            onPrevious={() => goToPage(page - 1)}
            onNext={() => goToPage(page + 1)}
          />
        </>
      )}

      <ChangeRoleDialog change={changing} onClose={() => setChanging(null)} />
      <RemoveMemberDialog
        member={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(member) => url.user === member.id && setUrl({ user: '' })}
      />
      <MemberDetailPanel
        userId={url.user}
        onClose={() => setUrl({ user: '' })}
        canAssignRoles={canAssignRoles}
      />
    </>
  );
}
