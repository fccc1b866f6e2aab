'use client';

import { useDeleteServiceAccount, type ProjectServiceAccount } from '@/lib/queries/project-keys';
import { ConfirmDialog } from '@/components/ui/dialog';

export interface DeleteServiceAccountDialogProps {
  projectId: string;
  account: ProjectServiceAccount | null;
  keyCount: number;
  onClose: () => void;
}

/** Deleting a service account revokes its keys: the confirm step says so, with how many. */
export function DeleteServiceAccountDialog({ projectId, account, keyCount, onClose }: DeleteServiceAccountDialogProps) {
  const remove = useDeleteServiceAccount(projectId);
  const keys = keyCount === 0 ? 'Any API key it has' : keyCount === 1 ? 'Its API key' : `Its ${keyCount} API keys`;
  return (
    <ConfirmDialog
      open={!!account}
      onClose={onClose}
      title={`Delete ${account?.name ?? 'service account'}?`}
      consequence={
        <>
          <strong>{account?.name}</strong> leaves the project. {keys} stop{keyCount === 1 ? 's' : ''} working at once: every system that uses{' '}
          {keyCount === 1 ? 'it' : 'them'} gets authentication errors. This cannot be undone.
        </>
      }
      confirmLabel="Delete service account"
      mutation={remove}
      onConfirm={() => account && remove.mutate(account, { onSuccess: onClose })}
    />
  );
}
