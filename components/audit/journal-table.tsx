'use client';

import { formatDateTime, formatRelative } from '@/lib/format/dates';
import type { JournalTarget, JournalViewEntry } from '@/lib/journal/types';
import { cn } from '@/components/ui/cn';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { OutcomeBadge, RequestId, UpstreamBadge } from './journal-badges';

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/** "project Checkout", or "project" with its id muted when the directory does not know it. */
export function TargetLabel({ target }: { target: JournalTarget }) {
  return (
    <span className="inline-flex items-baseline gap-1">
      <span className="text-muted-foreground">{target.kind}</span>
      {target.name ? (
        <span title={target.id}>{target.name}</span>
      ) : (
        <span className="text-muted-foreground font-mono text-[11px]">{target.id}</span>
      )}
    </span>
  );
}

function What({ entry, onOpen }: { entry: JournalViewEntry; onOpen: () => void }) {
  const showSubject = entry.subject && !entry.targets.some((t) => t.name === entry.subject);
  return (
    <>
      <button type="button" onClick={onOpen} className="text-left font-medium hover:underline focus-visible:underline focus-visible:outline-none">
        {entry.summary}
      </button>
      {showSubject && <span className="text-muted-foreground"> “{entry.subject}”</span>}
      {entry.targets.length > 0 && (
        <div className="flex flex-wrap gap-x-3 text-xs">
          {entry.targets.map((target) => (
            <TargetLabel key={target.id} target={target} />
          ))}
        </div>
      )}
    </>
  );
}

/** The journal's entries, newest first: when, who, what, the outcome and what upstream shows. */
export function JournalTable({ entries, onOpen, now }: { entries: readonly JournalViewEntry[]; onOpen: (id: number) => void; now: number }) {
  return (
    <Table label="Console journal">
      <TableHead>
        <Th>When</Th>
        <Th>Who</Th>
        <Th>What</Th>
        <Th>Outcome</Th>
        <Th>Upstream event</Th>
        <Th>Request id</Th>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <tr key={entry.id} className={cn('hover:bg-muted/40', entry.needs_a_look && 'bg-warning-bg/40')}>
            <Td className="whitespace-nowrap">
              <span title={formatDateTime(seconds(entry.created_at))}>{formatRelative(seconds(entry.created_at), now, { precise: true })}</span>
              <div className="text-muted-foreground text-[11px]">#{entry.id}</div>
            </Td>
            <Td>
              <div>{entry.user_email}</div>
              <div className="text-muted-foreground text-xs">{entry.user_role}</div>
            </Td>
            <Td className="max-w-96">
              <What entry={entry} onOpen={() => onOpen(entry.id)} />
            </Td>
            <Td className="max-w-64">
              <OutcomeBadge outcome={entry.outcome} />
              {entry.http_status !== null && entry.outcome !== 'succeeded' && <span className="text-muted-foreground pl-1.5 text-xs">HTTP {entry.http_status}</span>}
              {entry.error_message && (
                <p className="text-danger line-clamp-2 pt-1 text-xs" title={entry.error_message}>
                  {entry.error_message}
                </p>
              )}
            </Td>
            <Td>
              <UpstreamBadge entry={entry} />
            </Td>
            <Td className="max-w-44">
              <RequestId id={entry.upstream_request_id} />
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
