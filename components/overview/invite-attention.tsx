'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { Mail } from 'lucide-react';
import Link from 'next/link';
import { useMemo } from 'react';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { describeError } from '@/lib/queries/admin-fetch';
import { invitesListOptions } from '@/lib/queries/invites';
import { useLoadAll } from '@/lib/queries/use-load-all';
import { Badge } from '@/components/ui/states';
import { AttentionGroup } from './attention-group';
import { INVITE_PENDING_DAYS, invitesNeedingAttention } from './needs-attention';

const SHOWN = 5;
const ROLE = { owner: 'owner', reader: 'reader' } as const;

/** Invites sent more than a week ago and still not accepted. */
export function InviteAttention({ now }: { now: number }) {
  // The invites page's own query (shared cache with /members/invites), every page of it.
  const invites = useInfiniteQuery(invitesListOptions());
  const all = useLoadAll(invites);
  const complete = invites.isSuccess && !invites.hasNextPage;
  const items = useMemo(() => (complete ? invitesNeedingAttention(all, now) : []), [complete, all, now]);
  const pendingLink = '/members/invites?status=pending';

  return (
    <AttentionGroup
      title="Invites"
      rule={`Pending for over ${INVITE_PENDING_DAYS} days`}
      link={{ href: pendingLink, label: 'Pending invites' }}
      loading={!invites.isError && !complete}
      error={invites.isError ? describeError(invites.error) : null}
      retrying={invites.isFetching}
      onRetry={() => void invites.refetch()}
      count={items.length}
      empty={`No invite has been waiting for more than ${INVITE_PENDING_DAYS} days.`}
    >
      {items.slice(0, SHOWN).map((item) => (
        <li key={item.id} className="flex items-center gap-3 py-2.5">
          <Mail className="text-muted-foreground size-4 shrink-0" aria-hidden />
          <div className="min-w-0 flex-1">
            <Link href={`${pendingLink}&q=${encodeURIComponent(item.email)}`} className="block truncate text-sm font-medium hover:underline">
              {item.email}
            </Link>
            <p className="text-muted-foreground text-xs">
              Invited as {ROLE[item.role]}
            </p>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-0.5">
            <Badge tone="warning">Pending for {item.daysPending} days</Badge>
            <span className="text-muted-foreground text-xs" title={formatDateTime(item.createdAt)}>
              sent {formatDate(item.createdAt)}
            </span>
          </div>
        </li>
      ))}
      {items.length > SHOWN && (
        <li className="py-2.5 text-sm">
          <Link href={pendingLink} className="text-primary hover:underline">
            and {items.length - SHOWN} more
          </Link>
        </li>
      )}
    </AttentionGroup>
  );
}
