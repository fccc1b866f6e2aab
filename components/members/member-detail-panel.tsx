'use client';

import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/queries/admin-fetch';
import { personLabel } from '@/lib/queries/directory';
import { memberOptions } from '@/lib/queries/members';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { MemberDetails } from './member-details';
import { MemberRoleAssignments } from './member-role-assignments';

export interface MemberDetailPanelProps {
  /** The open member's id (from the URL), or '' when closed. */
  userId: string;
  onClose: () => void;
  canAssignRoles: boolean;
}

/** A side panel over the list: one member's details, memberships and organization role assignments. */
export function MemberDetailPanel({ userId, onClose, canAssignRoles }: MemberDetailPanelProps) {
  const open = userId !== '';
  const query = useQuery({ ...memberOptions(userId), enabled: open });
  const member = query.data?.member;
  const title = member ? personLabel(member) : 'Member';

  return (
    <SidePanel open={open} onClose={onClose} title={title} subtitle={member?.name && member.email ? member.email : undefined}>
      {query.isPending ? (
        <div role="status" aria-label="Loading member" className="space-y-3">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-32 w-full" />
        </div>
      ) : query.isError ? (
        <ErrorState title="This member could not be loaded" message={describeError(query.error)} />
      ) : !member ? (
        <EmptyState title="Not a member any more">
          No one with this id is in the organization. They may have been removed.
        </EmptyState>
      ) : (
        <>
          <MemberDetails member={member} />
          <MemberRoleAssignments user={{ id: member.id, label: personLabel(member) }} canAssign={canAssignRoles} />
        </>
      )}
    </SidePanel>
  );
}
