'use client';

import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { personLabel, type MemberRow } from '@/lib/queries/directory';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { summarizeNames, type MemberSort, type SortOrder } from './members-format';
import { RoleCell } from './role-cell';
import { NameEmailHeader, SortHeader } from './sort-header';

export interface MembersTableProps {
  members: MemberRow[];
  sort: MemberSort;
  order: SortOrder;
  onSort: (column: MemberSort) => void;
  onOpen: (member: MemberRow) => void;
  /** Set when the signed-in role may change organization roles. */
  onChangeRole?: (member: MemberRow, role: 'owner' | 'reader') => void;
  canGrantOwner: boolean;
  /** Set when the signed-in role may remove members. */
  onRemove?: (member: MemberRow) => void;
}

function Memberships({ names, loading }: { names: string[] | undefined; loading: boolean }) {
  if (loading) return <span className="text-muted-foreground text-xs">loading…</span>;
  const list = names ?? [];
  return (
    <span
      title={list.join(', ') || undefined}
      className={list.length ? '' : 'text-muted-foreground'}
    >
      {summarizeNames(list)}
    </span>
  );
}

export function MembersTable(props: MembersTableProps) {
  const { members, sort, order, onSort, onOpen, onChangeRole, canGrantOwner, onRemove } = props;
  const header = { sort, order, onSort };
  return (
    <Table label="Organization members">
      <TableHead>
        <NameEmailHeader {...header} />
        <SortHeader column="role" label="Role" {...header} />
        <SortHeader column="added_at" label="Added" {...header} />
        <Th>Projects</Th>
        <Th>Groups</Th>
        {onRemove && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {members.map((member) => {
          const label = personLabel(member);
          return (
            <tr key={member.id} className="hover:bg-muted/40">
              <Td>
                <button
                  type="button"
                  onClick={() => onOpen(member)}
                  className="text-left font-medium whitespace-nowrap hover:underline"
                  title="Open details"
                >
                  {member.name || member.email || member.id}
                </button>
                {member.is_scim_managed && (
                  <span className="ml-2">
                    <Badge>SCIM</Badge>
                  </span>
                )}
                {member.name && member.email && (
                  <div className="text-muted-foreground text-xs whitespace-nowrap">
                    {member.email}
                  </div>
                )}
              </Td>
              <Td>
                <RoleCell member={member} onChange={onChangeRole} canGrantOwner={canGrantOwner} />
              </Td>
              <Td title={formatDateTime(member.added_at)} className="whitespace-nowrap">
                {formatDate(member.added_at)}
                <div className="text-muted-foreground text-xs">
                  {formatRelative(member.added_at)}
                </div>
              </Td>
              <Td className="min-w-48">
                <Memberships
                  names={member.projects?.map((p) => p.name)}
                  loading={member.projects === null}
                />
              </Td>
              <Td className="min-w-36">
                <Memberships
                  names={member.groups?.map((g) => g.name)}
                  loading={member.groups === null}
                />
              </Td>
              {onRemove && (
                <Td className="text-right">
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-danger"
                    onClick={() => onRemove(member)}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </Button>
                </Td>
              )}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
