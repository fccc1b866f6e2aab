import 'server-only';
import { and, desc, eq, gte, inArray, lt, lte, ne } from 'drizzle-orm';
import { journalEntryIds, windowForEvents, type AuditEvent, type JournalEntryForMatch } from '@/lib/audit/attribution';
import { EVENTS_BY_OPERATION } from '@/lib/audit/operation-events';
import type { Db } from '../db';
import { journalEntry } from '../db/schema';

export type JournalOutcome = 'pending' | 'succeeded' | 'failed' | 'unknown';

export interface JournalStart {
  userId: string;
  userEmail: string;
  userRole: string;
  operation: string;
  method: string;
  path: string;
  targetIds: Record<string, string>;
  requestSummary: unknown;
}

export interface JournalFinish {
  outcome: Exclude<JournalOutcome, 'pending'>;
  httpStatus: number | null;
  upstreamRequestId: string | null;
  errorMessage: string | null;
  /** What the change created, by field: `{ id }`, `{ api_key_id }` (see createdIds). */
  resultIds?: Record<string, string> | null;
}

/** Writes the entry before the change is sent. Throws when it cannot: the caller must not send. */
export async function startJournalEntry(db: Db, entry: JournalStart): Promise<number> {
  const [row] = await db.insert(journalEntry).values(entry).returning({ id: journalEntry.id });
  if (!row) throw new Error('The journal did not return the new entry.');
  return row.id;
}

export async function finishJournalEntry(db: Db, id: number, finish: JournalFinish): Promise<void> {
  await db
    .update(journalEntry)
    .set({ ...finish, finishedAt: new Date() })
    .where(eq(journalEntry.id, id));
}

export type JournalRow = typeof journalEntry.$inferSelect;

/** An entry as attribution compares it with audit-log events. */
export function toMatchable(row: JournalRow): JournalEntryForMatch {
  return {
    id: row.id,
    operation: row.operation,
    outcome: row.outcome as JournalEntryForMatch['outcome'],
    createdAt: row.createdAt.getTime(),
    finishedAt: row.finishedAt?.getTime() ?? null,
    ids: journalEntryIds(row),
  };
}

/** Rows read per query while gathering the entries of an attribution window. */
const BATCH = 2_000;

/** The operations that leave at least one of these event types. */
function operationsLeaving(types: ReadonlySet<string>): string[] {
  return Object.entries(EVENTS_BY_OPERATION)
    .filter(([, leaves]) => leaves.some((type) => types.has(type)))
    .map(([operation]) => operation);
}

/**
 * Every journal entry that may have made these events: sent in their window (windowForEvents),
 * by an operation that leaves one of their types, and not failed. All of them, newest first, read
 * in batches: a partial set would show the events of the ones left out as made outside the console.
 */
export async function journalEntriesForEvents(db: Db, events: readonly Pick<AuditEvent, 'type' | 'effective_at'>[], batch = BATCH): Promise<JournalRow[]> {
  const span = windowForEvents(events);
  const operations = operationsLeaving(new Set(events.map((event) => event.type)));
  if (!span || operations.length === 0) return [];
  const where = and(
    gte(journalEntry.createdAt, new Date(span.start * 1000)),
    lte(journalEntry.createdAt, new Date(span.end * 1000)),
    inArray(journalEntry.operation, operations),
    ne(journalEntry.outcome, 'failed'),
  );
  const rows: JournalRow[] = [];
  for (;;) {
    const before = rows.at(-1)?.id;
    const next = await db
      .select()
      .from(journalEntry)
      .where(and(where, before !== undefined ? lt(journalEntry.id, before) : undefined))
      .orderBy(desc(journalEntry.id))
      .limit(batch);
    rows.push(...next);
    if (next.length < batch) return rows;
  }
}

/**
 * The ids of what an answer created: its own `id` and a new key's `api_key.id` (a service account
 * comes with one). Kept so the audit log's `*.created` events can be matched to the change.
 */
export function createdIds(answer: unknown): Record<string, string> | null {
  if (!answer || typeof answer !== 'object') return null;
  const { id, api_key: apiKey } = answer as { id?: unknown; api_key?: { id?: unknown } | null };
  const ids: Record<string, string> = {};
  if (typeof id === 'string') ids.id = id;
  if (typeof apiKey?.id === 'string') ids.api_key_id = apiKey.id;
  return Object.keys(ids).length > 0 ? ids : null;
}

const SECRET_FIELD = /key|secret|password|token|value/i;
const MAX_STRING = 200;

/**
 * What the journal keeps of a request body: field names and short values, with anything that
 * may be a secret replaced and long strings (certificate PEMs) cut.
 */
export function summarizeRequest(body: unknown, depth = 0): unknown {
  if (depth > 4) return '[nested]';
  if (typeof body === 'string') return body.length > MAX_STRING ? `${body.slice(0, MAX_STRING)}… (${body.length} chars)` : body;
  if (Array.isArray(body)) return body.slice(0, 50).map((item) => summarizeRequest(item, depth + 1));
  if (body && typeof body === 'object') {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, SECRET_FIELD.test(k) && typeof v === 'string' ? '[redacted]' : summarizeRequest(v, depth + 1)]),
    );
  }
  return body;
}
