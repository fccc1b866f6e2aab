'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';
import type { ProjectGroup } from '@/lib/queries/project-groups';
import { projectAssignmentsOptions } from '@/lib/queries/project-members';
import type { ProjectGroupView } from '@/components/project-members/project-access-logic';
import { Button } from '@/components/ui/button';
import { Badge, Skeleton } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

export interface ProjectGroupsTableProps {
  projectId: string;
  groups: ProjectGroupView[];
  countsLoading: boolean;
  canRemove: boolean;
  onRemove: (group: ProjectGroup) => void;
  onOpen: (group: ProjectGroup) => void;
}

export function ProjectGroupsTable({
  projectId,
  groups,
  countsLoading,
  canRemove,
  onRemove,
  onOpen,
}: ProjectGroupsTableProps) {
  return (
    <Table label="Groups with access to the project">
      <TableHead>
        <Th>Group</Th>
        <Th>Members</Th>
        <Th>Project roles</Th>
        <Th>Access since</Th>
        <Th className="text-right">
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <TableBody>
        {groups.map((group) => (
          <tr key={group.group_id} className="hover:bg-muted/40">
            <Td>
              <Link
                href={`/groups/${encodeURIComponent(group.group_id)}`}
                className="font-medium hover:underline"
              >
                {group.group_name}
              </Link>
              {group.group_type === 'tenant_group' && <Badge>Tenant</Badge>}
              <div className="text-muted-foreground/70 font-mono text-[11px]">{group.group_id}</div>
            </Td>
            <Td className="tabular-nums">
              {group.member_count ?? (countsLoading ? <Skeleton className="h-4 w-8" /> : '—')}
            </Td>
            <Td>
              <GroupRolesCell projectId={projectId} groupId={group.group_id} />
            </Td>
            <Td className="text-muted-foreground whitespace-nowrap">
              {formatDate(group.created_at)}
            </Td>
            <Td className="text-right whitespace-nowrap">
              <Button
                size="sm"
                variant="ghost"
                onClick={() => onOpen(group)}
                aria-label={`Project roles of ${group.group_name}`}
              >
                Roles
              </Button>
              {canRemove && (
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-danger"
                  onClick={() => onRemove(group)}
                  aria-label={`Remove ${group.group_name}`}
                >
                  Remove
                </Button>
              )}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The project roles a group holds here, as badges: one request per row shown, which is why the
 * view pages the table (PAGE_SIZE rows), and the panel reuses the same cached answer.
 */
function GroupRolesCell({ projectId, groupId }: { projectId: string; groupId: string }) {
  const roles = useQuery(projectAssignmentsOptions(projectId, 'groups', groupId));
  if (roles.isPending) return <Skeleton className="h-5 w-24" />;
  if (roles.isError) return <span className="text-danger text-xs">Could not be read</span>;
  if (roles.data.length === 0) return <span className="text-muted-foreground">None</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {roles.data.map((role) => (
        <Badge key={role.id} tone={role.predefined_role ? 'neutral' : 'success'}>
          {role.name}
        </Badge>
      ))}
    </div>
  );
}
