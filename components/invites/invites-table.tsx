'use client';

import type { Invite } from '@/lib/queries/invites';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { projectLabel, type InviteRow, type InviteStatus } from './invite-rows';

const STATUS_BADGE: Record<
  InviteStatus,
  { label: string; tone: 'neutral' | 'success' | 'warning' }
> = {
  pending: { label: 'Pending', tone: 'warning' },
  accepted: { label: 'Accepted', tone: 'success' },
  expired: { label: 'Expired', tone: 'neutral' },
};

/** "in 3 days", "in 5 hours", "in under an hour": how long a pending invite has left. */
function timeLeft(unixSeconds: number, now: number): string {
  const hours = Math.floor((unixSeconds - now) / 3600);
  if (hours >= 48) return `in ${Math.floor(hours / 24)} days`;
  if (hours >= 1) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  return 'in under an hour';
}

function Dated({
  label,
  at,
  detail,
}: {
  label?: string;
  at: number | null | undefined;
  detail: string;
}) {
  return (
    <div title={formatDateTime(at)} className="whitespace-nowrap">
      {label && `${label} `}
      {formatDate(at)}
      <div className="text-muted-foreground text-xs">{detail}</div>
    </div>
  );
}

function Lifecycle({ row, now }: { row: InviteRow; now: number }) {
  const { invite, status } = row;
  if (status === 'accepted')
    return (
      <Dated label="Accepted" at={invite.accepted_at} detail={formatRelative(invite.accepted_at)} />
    );
  if (!invite.expires_at) return <span className="text-muted-foreground">No expiry</span>;
  if (status === 'expired')
    return (
      <Dated label="Expired" at={invite.expires_at} detail={formatRelative(invite.expires_at)} />
    );
  return <Dated label="Expires" at={invite.expires_at} detail={timeLeft(invite.expires_at, now)} />;
}

function Projects({ row, projectsReady }: { row: InviteRow; projectsReady: boolean }) {
  if (row.projects.length === 0) return <span className="text-muted-foreground">None</span>;
  return (
    <ul className="space-y-0.5">
      {row.projects.map((p) => (
        <li key={p.id} className="min-w-40">
          {p.name ??
            (projectsReady ? (
              projectLabel(p)
            ) : (
              <span className="text-muted-foreground font-mono text-xs">{p.id}</span>
            ))}
          {/* The role stays on the name's last line. */}
          <span className="text-muted-foreground text-xs">
            {`\u00a0·\u00a0${p.role}`}
            {p.archived ? '\u00a0·\u00a0archived' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface InvitesTableProps {
  rows: readonly InviteRow[];
  /** When the list was read (Unix seconds): "expires in …" counts from it. */
  now: number;
  projectsReady: boolean;
  canDelete: boolean;
  onDelete: (invite: Invite) => void;
}

export function InvitesTable({ rows, now, projectsReady, canDelete, onDelete }: InvitesTableProps) {
  return (
    <Table label="Invites">
      <TableHead>
        <Th>Email</Th>
        <Th>Role</Th>
        <Th>Status</Th>
        <Th>Invited</Th>
        <Th>Expires / accepted</Th>
        <Th>Projects</Th>
        {canDelete && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const { invite } = row;
          const badge = STATUS_BADGE[row.status];
          return (
            <tr key={invite.id} className="hover:bg-muted/40">
              <Td>
                <div className="font-medium whitespace-nowrap">{invite.email}</div>
                <div className="text-muted-foreground font-mono text-xs">{invite.id}</div>
              </Td>
              <Td className="capitalize">{invite.role}</Td>
              <Td>
                <Badge tone={badge.tone}>{badge.label}</Badge>
              </Td>
              <Td>
                <Dated at={invite.created_at} detail={formatRelative(invite.created_at)} />
              </Td>
              <Td>
                <Lifecycle row={row} now={now} />
              </Td>
              <Td>
                <Projects row={row} projectsReady={projectsReady} />
              </Td>
              {canDelete && (
                <Td className="text-right">
                  {row.status !== 'accepted' && (
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      onClick={() => onDelete(invite)}
                      aria-label={`Delete the invite for ${invite.email}`}
                    >
                      Delete
                    </Button>
                  )}
                </Td>
              )}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
