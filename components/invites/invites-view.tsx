'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { ConsoleRole } from '@/lib/admin/operation';

import { useDeleteInvite, type Invite } from '@/lib/queries/invites';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { PageHeader } from '@/components/ui/page-header';
import { MembersTabs } from '@/components/members/members-tabs';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import {
  byStatus,
  countStatuses,
  searchRows,
  STATUS_FILTERS,
  type StatusFilter,
} from './invite-rows';
import { InvitesTable } from './invites-table';
import { InvitesToolbar } from './invites-toolbar';
import { useInvitesData } from './use-invites-data';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const InviteDialog = dynamic(() => import('./invite-dialog').then((m) => m.InviteDialog));

/** Whether the signed-in console role may invite owners (or grant project owner), and what it takes. */
export interface OwnerGrant {
  allowed: boolean;
  needs: ConsoleRole;
  role: ConsoleRole;
}

export interface InvitesViewProps {
  canInvite: boolean;
  canDelete: boolean;
  ownerGrant: OwnerGrant;
}

const EMPTY_TITLES: Record<StatusFilter, string> = {
  all: 'No invites yet',
  pending: 'No pending invites',
  accepted: 'No accepted invites',
  expired: 'No expired invites',
};

export function InvitesView({ canInvite, canDelete, ownerGrant }: InvitesViewProps) {
  const [url, setUrl] = useUrlState(['status', 'q', 'invite', 'page'] as const);
  const status = (STATUS_FILTERS as readonly string[]).includes(url.status)
    ? (url.status as StatusFilter)
    : 'all';
  const data = useInvitesData();
  const searched = searchRows(data.rows, url.q);
  const shown = byStatus(searched, status);
  const onPage = useUrlPage(shown);
  const [deleting, setDeleting] = useState<Invite | null>(null);
  const remove = useDeleteInvite();
  const inviting = canInvite && url.invite === 'new';
  const openInvite = () => setUrl({ invite: 'new' });
  const inviteButton = canInvite && <Button onClick={openInvite}>Invite people</Button>;

  return (
    <>
      <PageHeader
        title="Invites"
        description="People invited to the organization by email. An invite is pending until the person accepts it, and expires after a week."
        actions={inviteButton}
      />
      <MembersTabs active="invites" />
      <InvitesToolbar
        status={status}
        counts={countStatuses(searched)}
        search={url.q}
        onStatus={(s) => setUrl({ status: s === 'all' ? '' : s, page: '' })}
        onSearch={(q) => setUrl({ q, page: '' })}
        exportRows={shown}
        exportDisabled={!data.invitesComplete}
      />

      {data.invites.isPending ? (
        <TableSkeleton label="Loading invites" />
      ) : data.invites.isError ? (
        <QueryErrorState title="The invites could not be loaded" query={data.invites} />
      ) : shown.length === 0 ? (
        <EmptyState
          title={
            url.q.trim()
              ? `No ${status === 'all' ? '' : `${status} `}invites match “${url.q.trim()}”`
              : EMPTY_TITLES[status]
          }
          action={!url.q.trim() && status === 'all' && inviteButton}
        >
          {url.q.trim()
            ? 'Search looks at email addresses, roles and project names.'
            : status === 'all'
              ? 'Invite people by email; they join the organization when they accept.'
              : 'Invites with this status appear here.'}
        </EmptyState>
      ) : (
        <>
          <InvitesTable
            rows={onPage.items}
            now={data.readAt}
            projectsReady={data.projectsReady}
            canDelete={canDelete}
            onDelete={setDeleting}
          />
          <PageNumberPager label="Invites pages" {...onPage.pager} />
        </>
      )}
      {data.invites.isFetchingNextPage && (
        <p className="text-muted-foreground pt-3 text-sm">Loading more invites…</p>
      )}

      {canInvite && (
        <InviteDialog
          open={inviting}
          onClose={() => setUrl({ invite: '' })}
          data={data}
          ownerGrant={ownerGrant}
        />
      )}
      <ConfirmDialog
        open={!!deleting}
        onClose={() => setDeleting(null)}
        title={`Delete the invite for ${deleting?.email ?? 'this address'}?`}
        consequence={
          <>
            The invitation sent to <strong>{deleting?.email}</strong> stops working: they cannot
            join the organization or its projects with it. You can invite them again later.
          </>
        }
        confirmLabel="Delete invite"
        mutation={remove}
        onConfirm={() =>
          deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })
        }
      />
    </>
  );
}
