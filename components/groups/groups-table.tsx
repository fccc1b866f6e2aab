'use client';

import { ArrowDown, ArrowUp } from 'lucide-react';
import Link from 'next/link';
import type { GroupRow } from '@/lib/queries/groups';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import type { GroupSort } from './groups-logic';
import { SCIM_HINT, ScimLocked } from './scim-hint';

export interface GroupsTableProps {
  groups: GroupRow[];
  sort: GroupSort;
  order: 'asc' | 'desc';
  onSort: (sort: GroupSort) => void;
  canEdit: boolean;
  onRename: (group: GroupRow) => void;
  onDelete: (group: GroupRow) => void;
}

function SortTh({
  label,
  value,
  ...props
}: { label: string; value: GroupSort } & Pick<GroupsTableProps, 'sort' | 'order' | 'onSort'>) {
  const active = props.sort === value;
  const Arrow = props.order === 'desc' ? ArrowDown : ArrowUp;
  return (
    <Th aria-sort={active ? (props.order === 'desc' ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="hover:text-foreground inline-flex items-center gap-1 uppercase"
        onClick={() => props.onSort(value)}
      >
        {label}
        {active && <Arrow className="size-3" aria-hidden />}
      </button>
    </Th>
  );
}

export function GroupsTable({ groups, canEdit, onRename, onDelete, ...sorting }: GroupsTableProps) {
  return (
    <Table label="Groups">
      <TableHead>
        <SortTh label="Name" value="name" {...sorting} />
        <SortTh label="Members" value="members" {...sorting} />
        <Th>Managed by</Th>
        <SortTh label="Created" value="created" {...sorting} />
        {canEdit && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {groups.map((group) => (
          <tr key={group.id} className="hover:bg-muted/40">
            <Td>
              <Link
                href={`/groups/${encodeURIComponent(group.id)}`}
                className="font-medium hover:underline"
              >
                {group.name}
              </Link>
              <div className="text-muted-foreground font-mono text-xs">{group.id}</div>
            </Td>
            <Td className="tabular-nums">{group.member_count}</Td>
            <Td>
              {group.is_scim_managed ? (
                <span title={SCIM_HINT}>
                  <Badge tone="warning">SCIM</Badge>
                </span>
              ) : (
                <span className="text-muted-foreground">Console / API</span>
              )}
            </Td>
            <Td title={formatDateTime(group.created_at)}>
              {formatDate(group.created_at)}
              <div className="text-muted-foreground text-xs">
                {formatRelative(group.created_at)}
              </div>
            </Td>
            {canEdit && (
              <Td className="text-right">
                <div className="flex justify-end gap-1">
                  <ScimLocked locked={group.is_scim_managed}>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={group.is_scim_managed}
                      onClick={() => onRename(group)}
                      aria-label={`Rename ${group.name}`}
                    >
                      Rename
                    </Button>
                  </ScimLocked>
                  <ScimLocked locked={group.is_scim_managed}>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      disabled={group.is_scim_managed}
                      onClick={() => onDelete(group)}
                      aria-label={`Delete ${group.name}`}
                    >
                      Delete
                    </Button>
                  </ScimLocked>
                </div>
              </Td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
