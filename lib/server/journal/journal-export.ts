import 'server-only';
import { and, desc, lt } from 'drizzle-orm';
import type OpenAI from 'openai';
import type { ConsoleKeyIdentity } from '@/lib/admin/admin-keys';
import type { CsvColumn } from '@/lib/format/csv';
import type { JournalQuery } from '@/lib/journal/query';
import { upstreamStatusText } from '@/lib/journal/status';
import type { JournalViewEntry } from '@/lib/journal/types';
import { namesOrError } from '../audit/names';
import { csvResponse } from '../csv-response';
import type { Db } from '../db';
import { journalEntry } from '../db/schema';
import { filterCondition, scanRecent, statusCondition, SCAN_DAYS, viewEntry } from './journal-view';

/** An export holds at most this many entries; the response says when it stopped there. */
export const MAX_EXPORT_ENTRIES = 50_000;
const BATCH = 1_000;

const ids = (record: Record<string, string> | null) =>
  Object.entries(record ?? {})
    .map(([field, id]) => `${field}=${id}`)
    .join('; ');

const targetNames = (entry: JournalViewEntry) =>
  entry.targets
    .filter((t) => t.name)
    .map((t) => `${t.kind} ${t.name}`)
    .join('; ');

export const JOURNAL_CSV_COLUMNS: CsvColumn<JournalViewEntry>[] = [
  { header: 'Time (UTC)', value: (e) => e.created_at },
  { header: 'Console user', value: (e) => e.user_email },
  { header: 'Role', value: (e) => e.user_role },
  { header: 'Change', value: (e) => e.summary },
  { header: 'Operation', value: (e) => e.operation },
  { header: 'Method', value: (e) => e.method },
  { header: 'Path', value: (e) => e.path },
  { header: 'Target ids', value: (e) => ids(e.target_ids) },
  { header: 'Target names', value: targetNames },
  { header: 'Created ids', value: (e) => ids(e.result_ids) },
  { header: 'Outcome', value: (e) => e.outcome },
  { header: 'HTTP status', value: (e) => e.http_status },
  { header: 'Upstream request id', value: (e) => e.upstream_request_id },
  { header: 'Error message', value: (e) => e.error_message },
  { header: 'Finished (UTC)', value: (e) => e.finished_at },
  { header: `Upstream event (last ${SCAN_DAYS} days)`, value: (e) => upstreamStatusText(e.upstream) },
  { header: 'Entry', value: (e) => e.id },
];

/**
 * Every entry the filters select, newest first, as CSV. The upstream status is looked up for the
 * changes of the last SCAN_DAYS days (at most SCAN_MAX of them); older ones say "not checked".
 */
export async function exportJournalCsv(client: OpenAI, db: Db, query: JournalQuery, consoleKey: ConsoleKeyIdentity): Promise<Response> {
  const now = Date.now();
  const filters = filterCondition(query);
  const [scanned, { names }] = await Promise.all([scanRecent(client, db, filters, consoleKey, now), namesOrError(client, [], 'all')]);
  const where = and(filters, statusCondition(query.status, scanned.missingIds, now));
  const entries: JournalViewEntry[] = [];
  let before: number | undefined;
  let more = true;
  while (more && entries.length < MAX_EXPORT_ENTRIES) {
    const size = Math.min(BATCH, MAX_EXPORT_ENTRIES - entries.length);
    const rows = await db
      .select()
      .from(journalEntry)
      .where(and(where, before !== undefined ? lt(journalEntry.id, before) : undefined))
      .orderBy(desc(journalEntry.id))
      .limit(size + 1);
    const taken = rows.slice(0, size);
    entries.push(...taken.map((row) => viewEntry(row, scanned.results.get(row.id), names, now)));
    more = rows.length > size;
    before = taken.at(-1)?.id;
  }
  return csvResponse('console-journal', JOURNAL_CSV_COLUMNS, entries, more ? MAX_EXPORT_ENTRIES : null);
}
