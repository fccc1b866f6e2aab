'use client';

import { describeError } from '@/lib/queries/admin-fetch';
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
  const close = () => {
    remove.reset();
    onClose();
  };
  const who = member?.name || member?.email || member?.id;
  return (
    <ConfirmDialog
      open={!!member}
      onClose={close}
      title={`Remove ${who ?? 'member'} from ${group.name}?`}
      consequence={
        <>
          <strong>{who}</strong> stays in the organization but loses the organization roles and
          project access that <strong>{group.name}</strong> gives its members. Access they hold
          directly or through other groups is kept.
        </>
      }
      confirmLabel="Remove member"
      pending={remove.isPending}
      error={remove.isError ? describeError(remove.error) : null}
      onConfirm={() =>
        member &&
        remove.mutate(
          { groupId: group.id, groupName: group.name, user: member },
          { onSuccess: close },
        )
      }
    />
  );
}
