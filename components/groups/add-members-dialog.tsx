'use client';

import { useState } from 'react';
import type { MemberRow } from '@/lib/queries/directory';
import { useAddGroupMembers, type AddOutcome, type Group } from '@/lib/queries/groups';
import { AddFailures, AddPeopleActions } from '@/components/people/add-failures';
import { UserPicker } from '@/components/people/user-picker';
import { Dialog } from '@/components/ui/dialog';

export interface AddMembersDialogProps {
  open: boolean;
  onClose: () => void;
  group: Group;
  /** The group's current members: they cannot be picked again. */
  memberIds: ReadonlySet<string>;
}

/** Pick several people and add them one request each; whoever failed stays picked, with the reason. */
export function AddMembersDialog({ open, onClose, group, memberIds }: AddMembersDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Add members to ${group.name}`}
      description="They get the organization roles and project access this group holds."
    >
      {open && <AddMembersForm group={group} memberIds={memberIds} onClose={onClose} />}
    </Dialog>
  );
}

function AddMembersForm({ group, memberIds, onClose }: Omit<AddMembersDialogProps, 'open'>) {
  const [selected, setSelected] = useState<MemberRow[]>([]);
  const [failures, setFailures] = useState<AddOutcome[]>([]);
  const add = useAddGroupMembers();

  async function submit() {
    const outcomes = await add.mutateAsync({
      groupId: group.id,
      groupName: group.name,
      users: selected,
    });
    const failed = outcomes.filter((o) => o.error !== null);
    if (failed.length === 0) return onClose();
    setFailures(failed);
    setSelected(failed.map((o) => o.user));
  }

  const count = selected.length;
  return (
    <div className="space-y-4">
      {/* Room for the picker's suggestions, so they cover neither the buttons nor the dialog's edge. */}
      <div className="min-h-80">
        <UserPicker
          label="People to add"
          selected={selected}
          onChange={setSelected}
          exclude={memberIds}
        />
      </div>
      <AddFailures failures={failures} />
      <AddPeopleActions count={count} pending={add.isPending} failed={failures.length > 0} onClose={onClose} onSubmit={() => void submit()} />
    </div>
  );
}
