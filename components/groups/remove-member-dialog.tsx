'use client';

import { useRemoveGroupMember, type Group } from '@/lib/queries/groups';
import { ConfirmDialog } from '@/components/ui/dialog';
import type { MemberView } from './groups-logic';

/** Confirms removing one person from the group, naming what they lose and what they keep. */
export function RemoveMemberDialog({
  group,
  member,
  onClose,
}: {
  group: Group;
  member: MemberView | null;
  onClose: () => void;
}) {
  const remove = useRemoveGroupMember();
  const who = member?.name || member?.email || member?.id;
  return (
    <ConfirmDialog
      open={!!member}
      onClose={onClose}
      title={`Remove ${who ?? 'member'} from ${group.name}?`}
      consequence={
        <>
          <strong>{who}</strong> stays in the organization but loses the organization roles and
          project access that <strong>{group.name}</strong> gives its members. Access they hold
          directly or through other groups is kept.
        </>
      }
      confirmLabel="Remove member"
      mutation={remove}
      onConfirm={() =>
        member &&
        remove.mutate(
          { groupId: group.id, groupName: group.name, user: member },
          { onSuccess: onClose },
        )
      }
    />
  );
}
