'use client';

import type { AssignedRole } from '@/lib/queries/groups';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

export interface GroupRolesTableProps {
  roles: AssignedRole[];
  canEdit: boolean;
  onUnassign: (role: AssignedRole) => void;
}

export function GroupRolesTable({ roles, canEdit, onUnassign }: GroupRolesTableProps) {
  return (
    <Table label="Organization roles of the group">
      <TableHead>
        <Th>Role</Th>
        <Th>Kind</Th>
        <Th>Permissions</Th>
        {canEdit && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {roles.map((role) => (
          <tr key={role.id} className="hover:bg-muted/40">
            <Td>
              <div className="font-medium">{role.name}</div>
              {role.description && (
                <div className="text-muted-foreground text-xs">{role.description}</div>
              )}
            </Td>
            <Td>
              <Badge tone={role.predefined_role ? 'neutral' : 'success'}>
                {role.predefined_role ? 'Built-in' : 'Custom'}
              </Badge>
            </Td>
            <Td className="tabular-nums" title={role.permissions.join('\n')}>
              {role.permissions.length === 1
                ? '1 permission'
                : `${role.permissions.length} permissions`}
            </Td>
            {canEdit && (
              <Td className="text-right">
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-danger"
                  onClick={() => onUnassign(role)}
                  aria-label={`Unassign ${role.name}`}
                >
                  Unassign
                </Button>
              </Td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
