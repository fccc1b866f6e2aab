import 'server-only';
import type OpenAI from 'openai';
import type { ConsoleKeyIdentity } from '@/lib/admin/admin-keys';
import { attributeEvents, entryWindow, eventsByEntry, PENDING_SECONDS } from '@/lib/audit/attribution';
import { eventTypesOf, isTenantEventType } from '@/lib/audit/operation-events';
import { shouldLookUpstream, type UpstreamCheckResult } from '@/lib/journal/status';
import { readAuditEvents, type AuditEventsRead } from '../audit/audit-events';
import { describeUpstream, getConfig } from '../config';
import type { Db } from '../db';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { journalEntriesForEvents, toMatchable, type JournalRow } from './journal';

/*
 * Looks in the organization's audit log for the events journalled changes left: one query over
 * the changes' time span (organization-level and tenant-level types apart, as the API lists them),
 * reading a bounded number of events, then the same matching the audit-log page uses. Only the
 * changes of the last SCAN_DAYS days are looked for. Events once found stay found, so they are
 * remembered and not asked for again; a settled "missing" is remembered for a short while, so
 * paging and refocusing the journal do not read the audit log again each time.
 */

/** The audit log is searched for the changes of this many days back only. */
export const SCAN_DAYS = 7;
/** The most audit-log events one check reads (per level). */
export const MAX_EVENTS = 1_000;
/** How long a settled "missing" is answered without looking again. */
export const MISSING_FOR_MS = 30_000;

export interface UpstreamCheck {
  results: Map<number, UpstreamCheckResult>;
  /** Why the audit log could not be read, when it could not. */
  error: string | null;
}

interface Memo {
  found: Map<number, string[]>;
  /** Entry id → when it was last found missing, once its window had passed. */
  missing: Map<number, number>;
}
const MEMO = Symbol.for('console.journal.upstreamChecks');
const MAX_REMEMBERED = 20_000;
const memo = (): Memo => ((globalThis as Record<symbol, Memo>)[MEMO] ??= { found: new Map(), missing: new Map() });

function remember<T>(map: Map<number, T>, entryId: number, value: T) {
  if (map.size >= MAX_REMEMBERED) map.delete(map.keys().next().value as number);
  map.delete(entryId);
  map.set(entryId, value);
}

/** For tests: forget what earlier checks found. */
export function forgetUpstreamChecks() {
  memo().found.clear();
  memo().missing.clear();
}

const NOTHING_READ: AuditEventsRead = { events: [], truncated: false, stoppedAt: null };

/**
 * Which of these entries left their upstream events; entries that need no look are left out.
 * Entries older than SCAN_DAYS are "not checked" (as the journal's status filters leave them).
 */
export async function checkUpstream(client: OpenAI, db: Db, rows: readonly JournalRow[], consoleKey: ConsoleKeyIdentity, now = Date.now()): Promise<UpstreamCheck> {
  const results = new Map<number, UpstreamCheckResult>();
  const toLook: JournalRow[] = [];
  const recentSince = now - SCAN_DAYS * 86_400_000;
  const { found, missing } = memo();
  for (const row of rows) {
    if (!shouldLookUpstream(row)) continue;
    const eventIds = found.get(row.id);
    const missingAt = missing.get(row.id);
    if (eventIds) results.set(row.id, { kind: 'found', eventIds });
    else if (row.createdAt.getTime() < recentSince) results.set(row.id, { kind: 'not_checked', reason: `The audit log is searched for the changes of the last ${SCAN_DAYS} days only.` });
    else if (missingAt !== undefined && now - missingAt < MISSING_FOR_MS) results.set(row.id, { kind: 'missing' });
    else toLook.push(row);
  }
  if (toLook.length === 0) return { results, error: null };

  const windows = toLook.map((row) => entryWindow({ createdAt: row.createdAt.getTime(), finishedAt: row.finishedAt?.getTime() ?? null }));
  // A little earlier than the first window: changes sent just before compete for the same events.
  const gte = Math.min(...windows.map((w) => w.start)) - PENDING_SECONDS;
  const lte = Math.max(...windows.map((w) => w.end));
  const types = [...new Set(toLook.flatMap((row) => eventTypesOf(row.operation)))];
  const base = { 'effective_at[gte]': gte, 'effective_at[lte]': lte, ...(consoleKey.certain ? { actor_ids: consoleKey.ids } : {}) };
  const orgTypes = types.filter((type) => !isTenantEventType(type));
  const tenantTypes = types.filter(isTenantEventType);

  let reads: AuditEventsRead[];
  try {
    reads = await Promise.all([
      orgTypes.length > 0 ? readAuditEvents(client, { ...base, event_types: orgTypes }, MAX_EVENTS) : NOTHING_READ,
      tenantTypes.length > 0 ? readAuditEvents(client, { ...base, event_types: tenantTypes, tenant_only: true }, MAX_EVENTS) : NOTHING_READ,
    ]);
  } catch (err) {
    const error = mapUpstreamError(err, false, describeUpstream(getConfig())).error.message;
    for (const row of toLook) results.set(row.id, { kind: 'not_checked', reason: `The audit log could not be read: ${error}` });
    return { results, error };
  }

  // Every entry that may have made these events competes for them, so one change never takes another's event.
  const events = reads.flatMap((read) => read.events);
  const between = await journalEntriesForEvents(db, events);
  const entries = new Map([...between, ...toLook].map((row) => [row.id, toMatchable(row)]));
  const byEntry = eventsByEntry(attributeEvents(events, [...entries.values()], consoleKey.ids));
  const stoppedAt = Math.max(...reads.map((read) => read.stoppedAt ?? -Infinity));
  for (const [index, row] of toLook.entries()) {
    const eventIds = byEntry.get(row.id);
    const window = windows[index];
    if (eventIds && eventIds.length > 0) {
      remember(found, row.id, eventIds);
      missing.delete(row.id);
      results.set(row.id, { kind: 'found', eventIds });
    } else if ((window?.start ?? 0) < stoppedAt) {
      results.set(row.id, { kind: 'not_checked', reason: `More than ${MAX_EVENTS} audit-log events fell in the time searched; this change is older than the ones read.` });
    } else {
      // Settled once its window has passed: its event can then only be late, not still to come.
      if ((window?.end ?? Infinity) * 1000 < now) remember(missing, row.id, now);
      results.set(row.id, { kind: 'missing' });
    }
  }
  return { results, error: null };
}
