'use client';

import { describeActor, describeTarget, type Described } from '@/lib/audit/describe';
import { eventTypeLabel } from '@/lib/audit/event-types';
import type { AuditPage } from '@/lib/audit/types';
import { formatDateTime, formatLocalDateTime } from '@/lib/format/dates';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { AttributionBadge } from './attribution-badge';

function Two({ value }: { value: Described }) {
  return (
    <div className="min-w-0">
      <div className="truncate">{value.label}</div>
      {value.detail && <div className="text-muted-foreground truncate text-xs">{value.detail}</div>}
    </div>
  );
}

/** One page of events: when, what, who, to what, and the console user behind it when known. */
export function AuditTable({ page, onOpen }: { page: AuditPage; onOpen: (eventId: string) => void }) {
  return (
    <Table label="Audit log events">
      <TableHead>
        <Th className="w-44">Time</Th>
        <Th className="min-w-40">Event</Th>
        <Th>Actor</Th>
        <Th>Target</Th>
        <Th className="w-56">Via console</Th>
      </TableHead>
      <TableBody>
        {page.data.map((event) => {
          const by = page.attribution[event.id];
          return (
            <tr key={event.id} className="hover:bg-muted/40">
              <Td className="whitespace-nowrap tabular-nums" title={formatDateTime(event.effective_at)}>
                {formatLocalDateTime(event.effective_at)}
              </Td>
              <Td>
                <button type="button" onClick={() => onOpen(event.id)} className="text-left font-medium hover:underline" aria-label={`Details of ${eventTypeLabel(event.type)} at ${formatLocalDateTime(event.effective_at)}`}>
                  {eventTypeLabel(event.type)}
                </button>
                <div className="text-muted-foreground font-mono text-xs">{event.type}</div>
              </Td>
              <Td className="max-w-52">
                <Two value={describeActor(event, page.names)} />
              </Td>
              <Td className="max-w-60">
                <Two value={describeTarget(event, page.names)} />
              </Td>
              <Td className="max-w-56">{by ? <AttributionBadge by={by} /> : <span className="text-muted-foreground text-xs">—</span>}</Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
