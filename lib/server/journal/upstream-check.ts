import 'server-only';
import type OpenAI from 'openai';
import type { ConsoleKeyIdentity } from '@/lib/admin/admin-keys';
import { attributeEvents, CLOCK_SKEW_SECONDS, eventsByEntry, type AuditEvent } from '@/lib/audit/attribution';
import { eventTypesOf, isTenantEventType } from '@/lib/audit/operation-events';
import { shouldLookUpstream, type UpstreamCheckResult } from '@/lib/journal/status';
import { listAuditEvents } from '../audit/audit-page';
import { describeUpstream, getConfig } from '../config';
import type { Db } from '../db';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { journalEntriesBetween, toMatchable, type JournalRow } from './journal';

/*
 * Looks in the organization's audit log for the events journalled changes left: one query over
 * the changes' time span (organization-level and tenant-level types apart, as the API lists them),
 * reading a bounded number of pages, then the same matching the audit-log page uses. Events once
 * found stay found, so they are remembered and not asked for again.
 */

export const PAGE_LIMIT = 100;
export const MAX_PAGES = 10;
/** A change still waiting for its answer is assumed sent at most this long ago (as attribution does). */
const PENDING_SECONDS = 120;

export interface UpstreamCheck {
  results: Map<number, UpstreamCheckResult>;
  /** Why the audit log could not be read, when it could not. */
  error: string | null;
}

const FOUND = Symbol.for('console.journal.foundEvents');
const MAX_REMEMBERED = 20_000;
const remembered = (): Map<number, string[]> => ((globalThis as Record<symbol, Map<number, string[]>>)[FOUND] ??= new Map());

function remember(entryId: number, eventIds: string[]) {
  const memo = remembered();
  if (memo.size >= MAX_REMEMBERED) memo.delete(memo.keys().next().value as number);
  memo.set(entryId, eventIds);
}

/** For tests: forget the events found so far. */
export const forgetFoundEvents = () => remembered().clear();

interface Read {
  events: AuditEvent[];
  /** Events older than this (seconds) were not read: the page bound was reached. Null: all read. */
  stoppedAt: number | null;
}

async function readEvents(client: OpenAI, query: Record<string, unknown>): Promise<Read> {
  const events: AuditEvent[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = await listAuditEvents(client, { ...query, limit: PAGE_LIMIT, ...(after ? { after } : {}) });
    events.push(...list.data);
    const last = list.last_id ?? list.data.at(-1)?.id;
    if (!list.has_more || !last) return { events, stoppedAt: null };
    after = last;
  }
  return { events, stoppedAt: events.at(-1)?.effective_at ?? null };
}

const windowOf = (row: JournalRow) => ({
  start: Math.floor(row.createdAt.getTime() / 1000) - CLOCK_SKEW_SECONDS,
  end: Math.ceil((row.finishedAt?.getTime() ?? row.createdAt.getTime() + PENDING_SECONDS * 1000) / 1000) + CLOCK_SKEW_SECONDS,
});

/** Which of these entries left their upstream events; entries that need no look are left out. */
export async function checkUpstream(client: OpenAI, db: Db, rows: readonly JournalRow[], consoleKey: ConsoleKeyIdentity): Promise<UpstreamCheck> {
  const results = new Map<number, UpstreamCheckResult>();
  const toLook: JournalRow[] = [];
  for (const row of rows) {
    if (!shouldLookUpstream(row)) continue;
    const found = remembered().get(row.id);
    if (found) results.set(row.id, { kind: 'found', eventIds: found });
    else toLook.push(row);
  }
  if (toLook.length === 0) return { results, error: null };

  const windows = toLook.map(windowOf);
  const gte = Math.min(...windows.map((w) => w.start)) - PENDING_SECONDS;
  const lte = Math.max(...windows.map((w) => w.end));
  const types = [...new Set(toLook.flatMap((row) => eventTypesOf(row.operation)))];
  const base = { 'effective_at[gte]': gte, 'effective_at[lte]': lte, ...(consoleKey.certain ? { actor_ids: consoleKey.ids } : {}) };
  const orgTypes = types.filter((type) => !isTenantEventType(type));
  const tenantTypes = types.filter(isTenantEventType);

  let reads: Read[];
  try {
    reads = await Promise.all([
      orgTypes.length > 0 ? readEvents(client, { ...base, event_types: orgTypes }) : { events: [], stoppedAt: null },
      tenantTypes.length > 0 ? readEvents(client, { ...base, event_types: tenantTypes, tenant_only: true }) : { events: [], stoppedAt: null },
    ]);
  } catch (err) {
    const error = mapUpstreamError(err, false, describeUpstream(getConfig())).error.message;
    for (const row of toLook) results.set(row.id, { kind: 'not_checked', reason: `The audit log could not be read: ${error}` });
    return { results, error };
  }

  // Every entry of the span competes for the events, so one change never takes another's event.
  const between = await journalEntriesBetween(db, new Date((gte - CLOCK_SKEW_SECONDS) * 1000), new Date(lte * 1000));
  const entries = new Map([...between, ...toLook].map((row) => [row.id, toMatchable(row)]));
  const byEntry = eventsByEntry(attributeEvents(reads.flatMap((read) => read.events), [...entries.values()], consoleKey.ids));
  const stoppedAt = Math.max(...reads.map((read) => read.stoppedAt ?? -Infinity));
  for (const [index, row] of toLook.entries()) {
    const eventIds = byEntry.get(row.id);
    if (eventIds && eventIds.length > 0) {
      remember(row.id, eventIds);
      results.set(row.id, { kind: 'found', eventIds });
    } else if ((windows[index]?.start ?? 0) < stoppedAt) {
      results.set(row.id, { kind: 'not_checked', reason: `More than ${MAX_PAGES * PAGE_LIMIT} audit-log events fell in the time searched; this change is older than the ones read.` });
    } else {
      results.set(row.id, { kind: 'missing' });
    }
  }
  return { results, error: null };
}
