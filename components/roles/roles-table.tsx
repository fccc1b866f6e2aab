'use client';

import { summarisePermissions, summaryText } from '@/lib/admin/permissions';
import type { Role } from '@/lib/queries/roles';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import { holderText, type HolderSummary } from './holder-summary';

export interface RoleRow {
  role: Role;
  holders: HolderSummary;
}

export interface RolesTableProps {
  rows: readonly RoleRow[];
  selectedId: string;
  onSelect: (roleId: string) => void;
  /** With the role panel open the table is narrower: permissions are shown in the panel. */
  compact: boolean;
}

export function RolesTable({ rows, selectedId, onSelect, compact }: RolesTableProps) {
  return (
    <Table label="Organization roles">
      <TableHead>
        <Th>Role</Th>
        <Th>Type</Th>
        {!compact && <Th>Permissions</Th>}
        <Th>Held by</Th>
      </TableHead>
      <TableBody>
        {rows.map(({ role, holders }) => {
          const selected = role.id === selectedId;
          return (
            <tr key={role.id} aria-selected={selected} className={cn('hover:bg-muted/40', selected && 'bg-muted/60')}>
              <Td>
                <button
                  type="button"
                  onClick={() => onSelect(selected ? '' : role.id)}
                  aria-expanded={selected}
                  aria-label={`${selected ? 'Close' : 'Open'} ${role.name}`}
                  className="text-left font-medium hover:underline"
                >
                  {role.name}
                </button>
                {role.description && <div className="text-muted-foreground line-clamp-2 text-xs">{role.description}</div>}
              </Td>
              <Td>
                <Badge tone={role.predefined_role ? 'neutral' : 'success'}>{role.predefined_role ? 'Built-in' : 'Custom'}</Badge>
              </Td>
              {!compact && (
                <Td className="text-muted-foreground max-w-sm text-xs">
                  <PermissionsCell permissions={role.permissions} />
                </Td>
              )}
              <Td className="text-xs whitespace-nowrap">{holderText(holders)}</Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}

function PermissionsCell({ permissions }: { permissions: readonly string[] }) {
  const summary = summarisePermissions(permissions);
  if (summary.kind !== 'some') return <span className="text-foreground">{summaryText(summary)}</span>;
  return (
    <>
      <span className="text-foreground tabular-nums">{permissions.length}</span> · {summaryText(summary)}
    </>
  );
}
