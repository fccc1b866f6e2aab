'use client';

import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { personLabel } from '@/lib/queries/directory';
import { memberOptions } from '@/lib/queries/members';
import { Button } from '@/components/ui/button';
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
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = userId !== '';
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const query = useQuery({ ...memberOptions(userId), enabled: open });
  const member = query.data?.member;
  const title = member ? personLabel(member) : 'Member';

  return (
    <dialog
      ref={ref}
      // React passes a nested dialog's close event up the tree: only this dialog's own counts.
      onClose={(event) => event.target === event.currentTarget && onClose()}
      aria-labelledby={titleId}
      className="border-border bg-card text-foreground fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-[min(36rem,100vw)] max-w-none overflow-y-auto border-l p-0 shadow-2xl"
    >
      {open && (
        <div className="space-y-6 p-6">
          <header className="flex items-start justify-between gap-4">
            <div className="min-w-0 space-y-0.5">
              <h2 id={titleId} className="truncate text-lg font-semibold">
                {title}
              </h2>
              {member?.name && member.email && (
                <p className="text-muted-foreground truncate text-sm">{member.email}</p>
              )}
            </div>
            <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close details">
              <X className="size-4" aria-hidden />
            </Button>
          </header>
          {query.isPending ? (
            <div role="status" aria-label="Loading member" className="space-y-3">
              <Skeleton className="h-24 w-full" />
              <Skeleton className="h-32 w-full" />
            </div>
          ) : query.isError ? (
            <ErrorState
              title="This member could not be loaded"
              message={describeError(query.error)}
            />
          ) : !member ? (
            <EmptyState title="Not a member any more">
              No one with this id is in the organization. They may have been removed.
            </EmptyState>
          ) : (
            <>
              <MemberDetails member={member} />
              <MemberRoleAssignments
                user={{ id: member.id, label: personLabel(member) }}
                canAssign={canAssignRoles}
              />
            </>
          )}
        </div>
      )}
    </dialog>
  );
}
