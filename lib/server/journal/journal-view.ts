import 'server-only';
import { and, asc, desc, eq, gt, gte, ilike, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type OpenAI from 'openai';
import type { ConsoleKeyIdentity } from '@/lib/admin/admin-keys';
import type { NameBook } from '@/lib/audit/describe';
import { EVENTS_BY_OPERATION } from '@/lib/audit/operation-events';
import { familyOf, operationsMatching, operationWords } from '@/lib/journal/operations';
import type { JournalQuery } from '@/lib/journal/query';
import { needsALook, STALE_PENDING_MS, upstreamStatus, type UpstreamCheckResult } from '@/lib/journal/status';
import { journalSubject, journalTargets } from '@/lib/journal/targets';
import type { JournalPage, JournalScan, JournalViewEntry } from '@/lib/journal/types';
import { namesOrError } from '../audit/names';
import type { Db } from '../db';
import { journalEntry } from '../db/schema';
import type { JournalRow } from './journal';
import { checkUpstream, SCAN_DAYS } from './upstream-check';

/*
 * The journal's own view (GET /api/journal): entries newest first, filtered in the database,
 * paged by id both ways, each with its upstream status: whether the organization's audit log
 * shows the change. The "needs a look" filters search the audit log for the recent changes only.
 */

/** The status filters look SCAN_DAYS back (as every upstream check does), at this many changes at most. */
export { SCAN_DAYS };
export const SCAN_MAX = 500;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filters other than status and cursor, as one SQL condition. */
export function filterCondition(query: JournalQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.user) conditions.push(sql`lower(${journalEntry.userEmail}) = ${query.user}`);
  if (query.id !== undefined) conditions.push(eq(journalEntry.id, query.id));
  if (query.outcome) conditions.push(eq(journalEntry.outcome, query.outcome));
  const family = query.family ? familyOf(query.family) : undefined;
  if (family) conditions.push(or(...family.prefixes.map((prefix) => like(journalEntry.operation, `${escapeLike(prefix)}%`))));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const named = operationsMatching(query.q);
    conditions.push(or(ilike(journalEntry.operation, pattern), ilike(journalEntry.path, pattern), named.length > 0 ? inArray(journalEntry.operation, named) : undefined));
  }
  if (query.since !== undefined) conditions.push(gte(journalEntry.createdAt, new Date(query.since * 1000)));
  if (query.until !== undefined) conditions.push(lt(journalEntry.createdAt, new Date(query.until * 1000)));
  return and(...conditions);
}

export interface ScanResult {
  results: Map<number, UpstreamCheckResult>;
  missingIds: number[];
  scan: JournalScan;
  error: string | null;
}

/** Looks upstream for the recent changes the filters select that should have left events. */
export async function scanRecent(client: OpenAI, db: Db, filters: SQL | undefined, consoleKey: ConsoleKeyIdentity, now = Date.now()): Promise<ScanResult> {
  const since = new Date(now - SCAN_DAYS * 86_400_000);
  const rows = await db
    .select()
    .from(journalEntry)
    .where(and(filters, gte(journalEntry.createdAt, since), inArray(journalEntry.outcome, ['succeeded', 'unknown']), inArray(journalEntry.operation, Object.keys(EVENTS_BY_OPERATION))))
    .orderBy(desc(journalEntry.id))
    .limit(SCAN_MAX + 1);
  const checked = rows.slice(0, SCAN_MAX);
  const { results, error } = await checkUpstream(client, db, checked, consoleKey, now);
  const missingIds = checked.filter((row) => results.get(row.id)?.kind === 'missing').map((row) => row.id);
  return { results, missingIds, error, scan: { since: since.toISOString(), days: SCAN_DAYS, checked: checked.length, max: SCAN_MAX, limited: rows.length > SCAN_MAX } };
}

/** The condition a status filter adds, from what the scan found. */
export function statusCondition(status: JournalQuery['status'], missingIds: readonly number[], now = Date.now()): SQL | undefined {
  const missing = missingIds.length > 0 ? inArray(journalEntry.id, [...missingIds]) : sql`false`;
  if (status === 'no_event') return missing;
  if (status === 'attention') {
    const stalePending = and(eq(journalEntry.outcome, 'pending'), lt(journalEntry.createdAt, new Date(now - STALE_PENDING_MS)));
    return or(inArray(journalEntry.outcome, ['failed', 'unknown']), stalePending, missing);
  }
  return undefined;
}

async function exists(db: Db, where: SQL | undefined): Promise<boolean> {
  return (await db.select({ id: journalEntry.id }).from(journalEntry).where(where).limit(1)).length > 0;
}

/** One page of entries, newest first, with whether there are newer and older ones. */
async function pageRows(db: Db, where: SQL | undefined, query: JournalQuery) {
  const { limit, before, after } = query;
  if (before !== undefined) {
    const newer = await db.select().from(journalEntry).where(and(where, gt(journalEntry.id, before))).orderBy(asc(journalEntry.id)).limit(limit + 1);
    const rows = newer.slice(0, limit).reverse();
    const oldest = rows.at(-1)?.id ?? before + 1;
    return { rows, hasNewer: newer.length > limit, hasOlder: await exists(db, and(where, lt(journalEntry.id, oldest))) };
  }
  const older = await db
    .select()
    .from(journalEntry)
    .where(and(where, after !== undefined ? lt(journalEntry.id, after) : undefined))
    .orderBy(desc(journalEntry.id))
    .limit(limit + 1);
  const rows = older.slice(0, limit);
  const newest = rows[0]?.id ?? (after ?? 0) - 1;
  return { rows, hasOlder: older.length > limit, hasNewer: after !== undefined && (await exists(db, and(where, gt(journalEntry.id, newest)))) };
}

/** The ids whose names the entries' targets need. */
const targetIdsOf = (rows: readonly JournalRow[]) => rows.flatMap((row) => [...Object.values(row.targetIds), ...Object.values(row.resultIds ?? {})]);

/** An entry as the browser and the CSV show it. */
export function viewEntry(row: JournalRow, check: UpstreamCheckResult | undefined, names: NameBook, now = Date.now()): JournalViewEntry {
  const outcome = row.outcome as JournalViewEntry['outcome'];
  const upstream = upstreamStatus(row, check);
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
    user_email: row.userEmail,
    user_role: row.userRole,
    operation: row.operation,
    summary: operationWords(row.operation),
    method: row.method,
    path: row.path,
    target_ids: row.targetIds,
    result_ids: row.resultIds ?? null,
    targets: journalTargets(row, names),
    subject: journalSubject(row),
    request_summary: row.requestSummary ?? null,
    outcome,
    http_status: row.httpStatus,
    upstream_request_id: row.upstreamRequestId,
    error_message: row.errorMessage,
    upstream,
    needs_a_look: needsALook({ operation: row.operation, outcome, createdAt: row.createdAt.getTime() }, upstream, now),
  };
}

async function journalUsers(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ email: journalEntry.userEmail }).from(journalEntry).orderBy(journalEntry.userEmail).limit(500);
  return rows.map((row) => row.email);
}

/** GET /api/journal: one page of the journal with upstream statuses and names. */
export async function readJournalPage(client: OpenAI, db: Db, query: JournalQuery, consoleKey: ConsoleKeyIdentity): Promise<JournalPage> {
  const now = Date.now();
  const filters = filterCondition(query);
  const scanned = query.status ? await scanRecent(client, db, filters, consoleKey, now) : null;
  const where = and(filters, statusCondition(query.status, scanned?.missingIds ?? [], now));
  const [{ rows, hasNewer, hasOlder }, users] = await Promise.all([pageRows(db, where, query), journalUsers(db)]);

  const results = new Map(scanned?.results);
  const unchecked = rows.filter((row) => !results.has(row.id));
  const [check, { names, error: namesError }] = await Promise.all([checkUpstream(client, db, unchecked, consoleKey, now), namesOrError(client, [], targetIdsOf(rows))]);
  for (const [id, result] of check.results) results.set(id, result);

  return {
    object: 'list',
    data: rows.map((row) => viewEntry(row, results.get(row.id), names, now)),
    first_id: rows[0]?.id ?? null,
    last_id: rows.at(-1)?.id ?? null,
    has_newer: hasNewer,
    has_older: hasOlder,
    users,
    upstream_check: { console_key_certain: consoleKey.certain, error: scanned?.error ?? check.error },
    names_error: namesError,
    scan: scanned?.scan ?? null,
  };
}
