'use client';

import { personLabel, type MemberRow } from '@/lib/queries/directory';
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
    <select
      aria-label={`Organization role of ${personLabel(member)}`}
      value={role}
      onChange={(e) => {
        const next = e.target.value;
        if (next === 'owner' || next === 'reader') onChange(member, next);
      }}
      className="border-input bg-card focus-visible:ring-ring h-8 rounded-md border px-2 text-sm focus-visible:ring-2 focus-visible:outline-none"
    >
      {!ROLE_NAMES[role] && <option value={role}>{role}</option>}
      <option value="owner" disabled={!canGrantOwner && role !== 'owner'}>
        {canGrantOwner || role === 'owner' ? 'Owner' : 'Owner (console admins only)'}
      </option>
      <option value="reader">Reader</option>
    </select>
  );
}
