'use client';

import { describeError } from '@/lib/queries/admin-fetch';
import { useDeleteServiceAccount } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';

export interface LostKeyNoticeProps {
  projectId: string;
  account: { id: string; name: string };
  /** The account was deleted: the person may create a new one. */
  onDeleted: () => void;
  onKeep: () => void;
}

/**
 * A service account was created, but the answer carrying its first key was lost on the way: the
 * key exists and can never be shown. Offer to delete the account (through the proxy, journaled)
 * so a new one can be made, or to keep it and add a key from its row later.
 */
export function LostKeyNotice({ projectId, account, onDeleted, onKeep }: LostKeyNoticeProps) {
  const remove = useDeleteServiceAccount(projectId);
  return (
    <div className="space-y-4">
      <div role="alert" className="bg-warning-bg text-warning-fg space-y-2 rounded-md px-3 py-2 text-sm">
        <p className="font-medium">
          The service account ‘{account.name}’ was created but its key never reached the console; it cannot be shown again.
        </p>
        <p>Delete it and create a new one? If you keep it, its lost key stays valid until you delete the account; you can add another key from its row.</p>
      </div>
      <FormError message={remove.isError ? describeError(remove.error) : null} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onKeep} disabled={remove.isPending}>
          Keep it
        </Button>
        <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate(account, { onSuccess: onDeleted })}>
          Delete ‘{account.name}’
        </Button>
      </div>
    </div>
  );
}
