'use client';

import { useDeleteGroup } from '@/lib/queries/groups';
import { ConfirmDialog } from '@/components/ui/dialog';

export interface DeleteGroupDialogProps {
  /** The group to delete; null keeps the dialog closed. */
  group: { id: string; name: string } | null;
  onClose: () => void;
  onDeleted?: () => void;
}

/** Confirms deleting a group, naming it and what its members lose. */
export function DeleteGroupDialog({ group, onClose, onDeleted }: DeleteGroupDialogProps) {
  const remove = useDeleteGroup();
  return (
    <ConfirmDialog
      open={!!group}
      onClose={onClose}
      title={`Delete ${group?.name ?? 'group'}?`}
      consequence={
        <>
          <strong>{group?.name}</strong> is deleted for good. Its members stay in the organization
          but lose the access its role assignments gave them, in the organization and in every
          project the group was added to.
        </>
      }
      confirmLabel="Delete group"
      mutation={remove}
      onConfirm={() =>
        group &&
        remove.mutate(group, {
          onSuccess: () => {
            onClose();
            onDeleted?.();
          },
        })
      }
    />
  );
}
