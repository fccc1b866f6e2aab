'use client';

import { Pencil, Trash2 } from 'lucide-react';
import { summarisePermissions, summaryText } from '@/lib/admin/permissions';
import type { Role } from '@/lib/queries/project-trust';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

export interface ProjectRolesTableProps {
  roles: readonly Role[];
  /** Null when the signed-in role (or an archived project) may not change roles. */
  onEdit: ((role: Role) => void) | null;
  onDelete: ((role: Role) => void) | null;
}

/** A project's roles: built-in ones (read-only) and custom ones with what they grant. */
export function ProjectRolesTable({ roles, onEdit, onDelete }: ProjectRolesTableProps) {
  const actions = onEdit || onDelete;
  return (
    <Table label="Project roles">
      <TableHead>
        <Th>Role</Th>
        <Th>Type</Th>
        <Th>Permissions</Th>
        {actions && <Th className="text-right">Actions</Th>}
      </TableHead>
      <TableBody>
        {roles.map((role) => (
          <tr key={role.id} className="hover:bg-muted/40">
            <Td>
              <div className="font-medium">{role.name}</div>
              {role.description && <div className="text-muted-foreground line-clamp-2 text-xs">{role.description}</div>}
              <div className="text-muted-foreground font-mono text-[11px]">{role.id}</div>
            </Td>
            <Td>
              <Badge tone={role.predefined_role ? 'neutral' : 'success'}>{role.predefined_role ? 'Built-in' : 'Custom'}</Badge>
            </Td>
            <Td className="max-w-md text-xs">
              <PermissionsCell permissions={role.permissions} />
            </Td>
            {actions && (
              <Td className="text-right whitespace-nowrap">
                {!role.predefined_role && (
                  <div className="inline-flex gap-1">
                    {onEdit && (
                      <Button size="sm" variant="ghost" aria-label={`Edit ${role.name}`} onClick={() => onEdit(role)}>
                        <Pencil className="size-4" aria-hidden />
                        Edit
                      </Button>
                    )}
                    {onDelete && (
                      <Button size="sm" variant="ghost" aria-label={`Delete ${role.name}`} onClick={() => onDelete(role)}>
                        <Trash2 className="size-4" aria-hidden />
                        Delete
                      </Button>
                    )}
                  </div>
                )}
              </Td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

function PermissionsCell({ permissions }: { permissions: readonly string[] }) {
  const summary = summaryText(summarisePermissions(permissions, 'project'));
  return (
    <details>
      <summary className="cursor-pointer">
        <span className="tabular-nums">{permissions.length}</span> · <span className="text-muted-foreground">{summary}</span>
      </summary>
      <ul aria-label="Permissions" className="text-muted-foreground mt-1 space-y-0.5 pl-4">
        {permissions.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
