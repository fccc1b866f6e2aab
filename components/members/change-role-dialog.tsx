'use client';

import { personLabel, type MemberRow } from '@/lib/queries/directory';
import { useChangeMemberRole } from '@/lib/queries/members';
import { ConfirmDialog } from '@/components/ui/dialog';

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
  const label = change ? personLabel(change.member) : '';
  const roleName = change?.role === 'owner' ? 'an owner' : 'a reader';
  return (
    <ConfirmDialog
      open={!!change}
      onClose={onClose}
      title={`Make ${label} ${roleName}?`}
      consequence={change && CONSEQUENCE[change.role]}
      confirmLabel="Change role"
      tone="primary"
      mutation={mutation}
      onConfirm={() => change && mutation.mutate({ user: { id: change.member.id, label }, role: change.role }, { onSuccess: onClose })}
    />
  );
}
