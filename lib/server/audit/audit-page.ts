import 'server-only';
import type OpenAI from 'openai';
import { attributeEvents, madeByConsoleKey, type AuditEvent } from '@/lib/audit/attribution';
import type { AuditPage, EventAttribution } from '@/lib/audit/types';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import type { Db } from '../db';
import { identifyConsoleKey } from '../console-key';
import { journalEntriesForEvents, toMatchable } from '../journal/journal';
import { listAuditEvents } from './audit-events';
import { namesOrError } from './names';

export interface Attributed {
  attribution: Record<string, EventAttribution>;
  /** The events made with the console's admin key (any admin key when `certain` is false). */
  consoleKeyEvents: string[];
  certain: boolean;
}

/** Journal entries that may have made these events, and which made which. */
export async function attributionFor(db: Db, events: readonly AuditEvent[]): Promise<Attributed> {
  if (events.length === 0) return { attribution: {}, consoleKeyEvents: [], certain: true };
  const [rows, consoleKey] = await Promise.all([journalEntriesForEvents(db, events), identifyConsoleKey()]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const attribution: Record<string, EventAttribution> = {};
  for (const [eventId, { entryId, basis }] of attributeEvents(events, rows.map(toMatchable), consoleKey.ids)) {
    const row = byId.get(entryId);
    if (!row) continue;
    attribution[eventId] = {
      entryId,
      basis,
      userEmail: row.userEmail,
      userRole: row.userRole,
      operation: row.operation,
      summary: OPERATIONS_BY_NAME.get(row.operation)?.summary ?? row.operation,
      outcome: row.outcome,
      sentAt: row.createdAt.toISOString(),
      upstreamRequestId: row.upstreamRequestId,
    };
  }
  const consoleKeyEvents = events.filter((event) => madeByConsoleKey(event, consoleKey.ids)).map((event) => event.id);
  return { attribution, consoleKeyEvents, certain: consoleKey.certain };
}

/** A page of events with the names and console users that tell them. */
export async function readAuditPage(client: OpenAI, db: Db, query: Record<string, unknown>): Promise<AuditPage> {
  const list = await listAuditEvents(client, query);
  const [{ names, asOf, error }, { attribution, consoleKeyEvents, certain }] = await Promise.all([namesOrError(client, list.data), attributionFor(db, list.data)]);
  return {
    object: 'list',
    data: list.data,
    first_id: list.first_id ?? list.data[0]?.id ?? null,
    last_id: list.last_id ?? list.data.at(-1)?.id ?? null,
    has_more: list.has_more,
    names,
    names_error: error,
    attribution,
    console_key_events: consoleKeyEvents,
    console_key_certain: certain,
    names_as_of: Math.floor(asOf / 1000),
  };
}
