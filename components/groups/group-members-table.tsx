'use client';

import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { orgRoleLabel, type MemberView } from './groups-logic';
import { ScimLocked } from './scim-hint';

export interface GroupMembersTableProps {
  members: MemberView[];
  /** Whether organization roles are still being looked up in the directory. */
  rolesLoading: boolean;
  canEdit: boolean;
  scim: boolean;
  onRemove: (member: MemberView) => void;
}

export function GroupMembersTable({
  members,
  rolesLoading,
  canEdit,
  scim,
  onRemove,
}: GroupMembersTableProps) {
  return (
    <Table label="Group members">
      <TableHead>
        <Th>Name</Th>
        <Th>Email</Th>
        <Th>Organization role</Th>
        {canEdit && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {members.map((member) => {
          const label = member.name || member.email || member.id;
          return (
            <tr key={member.id} className="hover:bg-muted/40">
              <Td>
                <div className="font-medium">{member.name || '—'}</div>
                <div className="text-muted-foreground font-mono text-xs">{member.id}</div>
              </Td>
              <Td>{member.email ?? <span className="text-muted-foreground">—</span>}</Td>
              <Td>
                {rolesLoading && !member.role ? (
                  <Skeleton className="h-4 w-16" />
                ) : (
                  orgRoleLabel(member.role)
                )}
              </Td>
              {canEdit && (
                <Td className="text-right">
                  <ScimLocked locked={scim}>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      disabled={scim}
                      onClick={() => onRemove(member)}
                      aria-label={`Remove ${label}`}
                    >
                      Remove
                    </Button>
                  </ScimLocked>
                </Td>
              )}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
