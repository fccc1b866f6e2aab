'use client';

import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/queries/admin-fetch';
import { personLabel, type MemberRow } from '@/lib/queries/directory';
import { memberAssignmentsOptions, memberOptions, useRemoveMember } from '@/lib/queries/members';
import { ConfirmDialog } from '@/components/ui/dialog';
import { removalLosses } from './members-format';

/** Removing a member, after naming what they lose: projects, groups and organization roles. */
export function RemoveMemberDialog({
  member,
  onClose,
  onRemoved,
}: {
  member: MemberRow | null;
  onClose: () => void;
  onRemoved?: (member: MemberRow) => void;
}) {
  const remove = useRemoveMember();
  const id = member?.id ?? '';
  // The row may have been read before memberships were known: read this one person with them.
  const full = useQuery({ ...memberOptions(id), enabled: !!member && member.projects === null });
  const assignments = useQuery({ ...memberAssignmentsOptions(id), enabled: !!member });
  const shown = full.data?.member ?? member;
  const roleNames = assignments.data ? assignments.data.data.map((r) => r.name) : null;
  const losses = shown ? removalLosses(shown, roleNames) : [];
  const label = member ? personLabel(member) : '';

  return (
    <ConfirmDialog
      open={!!member}
      onClose={onClose}
      title={`Remove ${label} from the organization?`}
      consequence={
        <div className="space-y-2">
          <p>
            <strong className="text-foreground">{label}</strong>
            {member?.name && member.email ? ` (${member.email})` : ''} loses access to the
            organization{losses.length > 0 ? ', and with it:' : '.'}
          </p>
          {losses.length > 0 && (
            <ul aria-label="What they lose" className="list-disc space-y-1 pl-5">
              {losses.map((loss) => (
                <li key={loss}>{loss}</li>
              ))}
            </ul>
          )}
          <p>
            An invite can bring them back, but not these memberships and roles.
            {assignments.isError &&
              ` (Their role assignments could not be read: ${describeError(assignments.error)})`}
          </p>
        </div>
      }
      confirmLabel="Remove member"
      mutation={remove}
      onConfirm={() =>
        member &&
        remove.mutate(
          { user: { id: member.id, label } },
          {
            onSuccess: () => {
              onRemoved?.(member);
              onClose();
            },
          },
        )
      }
    />
  );
}
