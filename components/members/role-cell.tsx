'use client';

import { personLabel, type MemberRow } from '@/lib/queries/directory';
import { ownerOption, RoleSelect } from '@/components/people/role-select';
import { Badge } from '@/components/ui/states';

export const ROLE_NAMES: Record<string, string> = { owner: 'Owner', reader: 'Reader' };

/**
 * A member's organization role: a select for those who may change it (owner only offered to
 * roles allowed to grant it), a badge for everyone else.
 */
export function RoleCell({
  member,
  onChange,
  canGrantOwner,
}: {
  member: MemberRow;
  onChange?: (member: MemberRow, role: 'owner' | 'reader') => void;
  canGrantOwner: boolean;
}) {
  const role = member.role ?? 'unknown';
  if (!onChange)
    return (
      <Badge tone={role === 'owner' ? 'success' : 'neutral'}>{ROLE_NAMES[role] ?? role}</Badge>
    );
  return (
    <RoleSelect
      label={`Organization role of ${personLabel(member)}`}
      value={role}
      options={[ownerOption(canGrantOwner), { value: 'reader', label: 'Reader' }]}
      onChange={(next) => onChange(member, next)}
    />
  );
}
