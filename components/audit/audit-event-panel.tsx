'use client';

import { matchedBy, type AuditEvent } from '@/lib/audit/attribution';
import { describeActor, describeTarget } from '@/lib/audit/describe';
import { eventTypeLabel } from '@/lib/audit/event-types';
import type { AuditPage } from '@/lib/audit/types';
import { formatDateTime, formatLocalDateTime } from '@/lib/format/dates';
import { SidePanel } from '@/components/ui/side-panel';
import { Skeleton } from '@/components/ui/states';
import { AttributionBadge } from './attribution-badge';
import { DetailRow as Row } from './detail-row';

/** Who made the event, as far as the console can tell, in words a reviewer can rely on. */
function Attribution({ event, page }: { event: AuditEvent; page: AuditPage }) {
  const by = page.attribution[event.id];
  if (by) {
    const basis = by.basis === 'target' ? matchedBy(by.basis) : `${matchedBy(by.basis)} (the change names no object to compare)`;
    return (
      <section aria-label="Attribution" className="border-primary/30 bg-primary/5 space-y-2 rounded-lg border p-4 text-sm">
        <AttributionBadge by={by} />
        <p>
          Made through this console by <strong>{by.userEmail}</strong> ({by.userRole}): {by.summary.toLowerCase()}, sent {formatLocalDateTime(Date.parse(by.sentAt) / 1000)}.
        </p>
        <p className="text-muted-foreground">
          Matched to journal entry #{by.entryId} by its {basis}.{by.upstreamRequestId && <> Upstream request id <span className="font-mono">{by.upstreamRequestId}</span>.</>}
        </p>
      </section>
    );
  }
  // The server says which events its own key made (any admin key when it cannot tell which is its own).
  const consoleKey = page.console_key_events.includes(event.id);
  return (
    <section aria-label="Attribution" className="border-border text-muted-foreground rounded-lg border p-4 text-sm">
      {!consoleKey
        ? 'Not made through this console: the actor above made it directly (OpenAI’s dashboard, or their own key).'
        : page.console_key_certain
          ? 'Made with this console’s admin key, but no change in its journal matches it: it was made with the key outside this console (a script, another tool), or before the journal began.'
          : 'Made with an admin key, but no change in this console’s journal matches it: it was made with the key outside this console (a script, another tool), or before the journal began.'}
    </section>
  );
}

export interface AuditEventPanelProps {
  /** The open event's id (from the URL), or '' when closed. */
  eventId: string;
  page: AuditPage | undefined;
  /** The page is still loading (its event cannot be looked for yet). */
  loading: boolean;
  onClose: () => void;
}

/** The details of one event: who, what, when, the console user behind it, and the full payload. */
export function AuditEventPanel({ eventId, page, loading, onClose }: AuditEventPanelProps) {
  const event = page?.data.find((e) => e.id === eventId);
  return (
    <SidePanel open={eventId !== ''} onClose={onClose} title={event ? eventTypeLabel(event.type) : 'Audit log event'} subtitle={event ? formatLocalDateTime(event.effective_at) : undefined}>
      {!event || !page ? (
        loading ? (
          <div role="status" aria-label="Loading the event" className="space-y-3">
            <Skeleton className="h-24 w-full" />
            <Skeleton className="h-48 w-full" />
          </div>
        ) : (
          <p className="text-muted-foreground text-sm">This event is not on the page shown. Open the link it came from with its filters, or find it by its resource id.</p>
        )
      ) : (
        <>
          <Attribution event={event} page={page} />
          <dl className="divide-border divide-y">
            <Row label="Time">
              {formatLocalDateTime(event.effective_at)} <span className="text-muted-foreground">({formatDateTime(event.effective_at)})</span>
            </Row>
            <Row label="Event type">
              <span className="font-mono">{event.type}</span>
            </Row>
            <Row label="Actor">
              {describeActor(event, page.names).label}
              <div className="text-muted-foreground text-xs">{describeActor(event, page.names).detail}</div>
            </Row>
            <Row label="Target">
              {describeTarget(event, page.names).label}
              <div className="text-muted-foreground text-xs">{describeTarget(event, page.names).detail}</div>
            </Row>
            {event.project && <Row label="Project">{page.names.projects[event.project.id ?? ''] ?? event.project.name ?? event.project.id}</Row>}
            <Row label="Event id">
              <span className="font-mono text-xs">{event.id}</span>
            </Row>
          </dl>
          <section aria-label="Payload" className="space-y-2">
            <h3 className="text-sm font-medium">Full payload, as the API returned it</h3>
            <pre className="bg-muted max-h-96 overflow-auto rounded-md p-3 text-xs">{JSON.stringify(event, null, 2)}</pre>
          </section>
        </>
      )}
    </SidePanel>
  );
}
