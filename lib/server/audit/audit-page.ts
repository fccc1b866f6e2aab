import 'server-only';
import type OpenAI from 'openai';
import { attributeEvents, CLOCK_SKEW_SECONDS, type AuditEvent } from '@/lib/audit/attribution';
import type { AuditPage, EventAttribution } from '@/lib/audit/types';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import type { Db } from '../db';
import { identifyConsoleKey } from '../console-key';
import { journalEntriesBetween, toMatchable } from '../journal/journal';
import { ADMIN_AUTH } from '../openai';
import { namesFor } from './names';

interface UpstreamList {
  data: AuditEvent[];
  first_id?: string | null;
  last_id?: string | null;
  has_more: boolean;
}

/** One page of the organization's audit log, straight from upstream (query already validated). */
export async function listAuditEvents(client: OpenAI, query: Record<string, unknown>): Promise<UpstreamList> {
  return (await client.get('/organization/audit_logs', { ...ADMIN_AUTH, query })) as UpstreamList;
}

const PENDING_MS = 120_000;

/** Journal entries that may have made these events, and which made which. */
export async function attributionFor(db: Db, events: readonly AuditEvent[]): Promise<{ attribution: Record<string, EventAttribution>; certain: boolean }> {
  if (events.length === 0) return { attribution: {}, certain: true };
  const times = events.map((event) => event.effective_at);
  const from = new Date((Math.min(...times) - CLOCK_SKEW_SECONDS) * 1000 - PENDING_MS);
  const to = new Date((Math.max(...times) + CLOCK_SKEW_SECONDS) * 1000);
  const [rows, consoleKey] = await Promise.all([journalEntriesBetween(db, from, to), identifyConsoleKey()]);
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
  return { attribution, certain: consoleKey.certain };
}

/** A page of events with the names and console users that tell them. */
export async function readAuditPage(client: OpenAI, db: Db, query: Record<string, unknown>): Promise<AuditPage> {
  const list = await listAuditEvents(client, query);
  const [{ names, asOf }, { attribution, certain }] = await Promise.all([namesFor(client, list.data), attributionFor(db, list.data)]);
  return {
    object: 'list',
    data: list.data,
    first_id: list.first_id ?? list.data[0]?.id ?? null,
    last_id: list.last_id ?? list.data.at(-1)?.id ?? null,
    has_more: list.has_more,
    names,
    attribution,
    console_key_certain: certain,
    names_as_of: Math.floor(asOf / 1000),
  };
}
