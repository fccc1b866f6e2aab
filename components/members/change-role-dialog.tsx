'use client';

import { describeError } from '@/lib/queries/admin-fetch';
import { personLabel, type MemberRow } from '@/lib/queries/directory';
import { useChangeMemberRole } from '@/lib/queries/members';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';

export interface RoleChange {
  member: MemberRow;
  role: 'owner' | 'reader';
}

const CONSEQUENCE = {
  owner:
    'Owners control the whole organization: members, projects, billing, API keys and settings, including admin keys.',
  reader:
    'Readers can see the organization but not change it. Their project memberships and project roles stay as they are.',
} as const;

/** Confirms an organization role change; shows the server's refusal (last owner, console role too weak) in place. */
export function ChangeRoleDialog({
  change,
  onClose,
}: {
  change: RoleChange | null;
  onClose: () => void;
}) {
  const mutation = useChangeMemberRole();
  const close = () => {
    mutation.reset();
    onClose();
  };
  const label = change ? personLabel(change.member) : '';
  const roleName = change?.role === 'owner' ? 'an owner' : 'a reader';
  return (
    <Dialog
      open={!!change}
      onClose={close}
      title={`Make ${label} ${roleName}?`}
      description={change && CONSEQUENCE[change.role]}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button
            pending={mutation.isPending}
            onClick={() =>
              change &&
              mutation.mutate(
                { user: { id: change.member.id, label }, role: change.role },
                { onSuccess: close },
              )
            }
          >
            Change role
          </Button>
        </>
      }
    >
      <FormError message={mutation.isError ? describeError(mutation.error) : null} />
    </Dialog>
  );
}
