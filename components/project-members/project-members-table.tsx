'use client';

import { formatDate } from '@/lib/format/dates';
import {
  memberLabel,
  type ProjectMemberRole,
  type ProjectUser,
} from '@/lib/queries/project-members';
import { ownerOption, RoleSelect } from '@/components/people/role-select';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { projectRoleLabel } from './project-access-logic';
import type { MemberPermissions } from './project-members-view';

export interface ProjectMembersTableProps {
  members: ProjectUser[];
  can: MemberPermissions;
  onRoleChange: (member: ProjectUser, role: ProjectMemberRole) => void;
  onRemove: (member: ProjectUser) => void;
  onOpen: (member: ProjectUser) => void;
}

export function ProjectMembersTable({
  members,
  can,
  onRoleChange,
  onRemove,
  onOpen,
}: ProjectMembersTableProps) {
  return (
    <Table label="Project members">
      <TableHead>
        <Th>Member</Th>
        <Th>Project role</Th>
        <Th>Added</Th>
        <Th className="text-right">
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <TableBody>
        {members.map((member) => {
          const label = memberLabel(member);
          return (
            <tr key={member.id} className="hover:bg-muted/40">
              <Td>
                <button
                  type="button"
                  className="text-left font-medium hover:underline"
                  onClick={() => onOpen(member)}
                >
                  {member.name || member.email || 'Unnamed user'}
                </button>
                {member.name && member.email && (
                  <div className="text-muted-foreground text-xs">{member.email}</div>
                )}
                <div className="text-muted-foreground/70 font-mono text-[11px]">{member.id}</div>
              </Td>
              <Td>
                {can.changeRole ? (
                  <RoleSelect
                    label={`Project role of ${label}`}
                    value={member.role}
                    options={[ownerOption(can.grantOwner), { value: 'member', label: 'Member' }]}
                    onChange={(next) => onRoleChange(member, next)}
                  />
                ) : (
                  <Badge tone={member.role === 'owner' ? 'success' : 'neutral'}>
                    {projectRoleLabel(member.role)}
                  </Badge>
                )}
              </Td>
              <Td className="text-muted-foreground whitespace-nowrap">
                {formatDate(member.added_at)}
              </Td>
              <Td className="text-right whitespace-nowrap">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onOpen(member)}
                  aria-label={`Project roles of ${label}`}
                >
                  Roles
                </Button>
                {can.remove && (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-danger"
                    onClick={() => onRemove(member)}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </Button>
                )}
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
