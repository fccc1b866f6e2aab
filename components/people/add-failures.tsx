'use client';

import { describeError } from '@/lib/queries/admin-fetch';
import { personLabel, type MemberRow } from '@/lib/queries/directory';
import { Button } from '@/components/ui/button';

export interface AddFailure {
  user: Pick<MemberRow, 'id' | 'name' | 'email'>;
  error: unknown;
}

/** Who could not be added (one request each) and why; they stay picked so a second try is one click. */
export function AddFailures({ failures }: { failures: readonly AddFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="bg-danger/10 text-danger space-y-1 rounded-md px-3 py-2 text-sm">
      <p className="font-medium">
        {failures.length === 1 ? 'One person was not added' : `${failures.length} people were not added`} (still picked, to try again):
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {failures.map(({ user, error }) => (
          <li key={user.id}>
            <strong>{personLabel(user)}</strong>: {describeError(error)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Cancel (Close once something failed) and "Add member" / "Add 3 people". */
export function AddPeopleActions({
  count,
  pending,
  failed,
  onClose,
  onSubmit,
}: {
  count: number;
  pending: boolean;
  failed: boolean;
  onClose: () => void;
  onSubmit: () => void;
}) {
  return (
    <div className="flex justify-end gap-2 pt-2">
      <Button variant="secondary" onClick={onClose} disabled={pending}>
        {failed ? 'Close' : 'Cancel'}
      </Button>
      <Button onClick={onSubmit} disabled={count === 0} pending={pending}>
        {count > 1 ? `Add ${count} people` : 'Add member'}
      </Button>
    </div>
  );
}
