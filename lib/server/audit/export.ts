import 'server-only';
import type OpenAI from 'openai';
import { matchedBy, type AuditEvent } from '@/lib/audit/attribution';
import { describeActor, describeTarget } from '@/lib/audit/describe';
import { eventTypeLabel } from '@/lib/audit/event-types';
import type { EventAttribution } from '@/lib/audit/types';
import type { CsvColumn } from '@/lib/format/csv';
import { csvResponse } from '../csv-response';
import type { Db } from '../db';
import { readAuditEvents } from './audit-events';
import { attributionFor } from './audit-page';
import { namesFor } from './names';

/** An export reads at most this many events (100 per request); the file says when it stopped. */
export const MAX_EXPORT_EVENTS = 10_000;

interface Row {
  event: AuditEvent;
  actor: ReturnType<typeof describeActor>;
  target: ReturnType<typeof describeTarget>;
  by?: EventAttribution;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'Time (UTC)', value: (r) => new Date(r.event.effective_at * 1000).toISOString() },
  { header: 'Event', value: (r) => eventTypeLabel(r.event.type) },
  { header: 'Event type', value: (r) => r.event.type },
  { header: 'Actor', value: (r) => r.actor.label },
  { header: 'Actor detail', value: (r) => r.actor.detail },
  { header: 'Target', value: (r) => r.target.label },
  { header: 'Target detail', value: (r) => r.target.detail },
  { header: 'Project', value: (r) => r.event.project?.name ?? r.event.project?.id },
  { header: 'Made through the console by', value: (r) => r.by?.userEmail },
  { header: 'Console role', value: (r) => r.by?.userRole },
  { header: 'Matched by', value: (r) => (r.by ? matchedBy(r.by.basis) : undefined) },
  { header: 'Event id', value: (r) => r.event.id },
];

/** Every event the query selects, newest first, with names and attribution, as a CSV download. */
export async function exportAuditCsv(client: OpenAI, db: Db, query: Record<string, unknown>): Promise<Response> {
  const { events, truncated } = await readAuditEvents(client, query, MAX_EXPORT_EVENTS);
  const [{ names }, { attribution }] = await Promise.all([namesFor(client, events, 'all'), attributionFor(db, events)]);
  const rows = events.map((event) => ({ event, actor: describeActor(event, names), target: describeTarget(event, names), by: attribution[event.id] }));
  return csvResponse('audit-log', COLUMNS, rows, truncated ? MAX_EXPORT_EVENTS : null);
}
