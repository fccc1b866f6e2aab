import 'server-only';
import { parseJournalQuery } from '@/lib/journal/parse-query';
import type { JournalQuery } from '@/lib/journal/query';
import { identifyConsoleKey } from '../console-key';
import { getDb } from '../db';
import { directoryRoute, RouteInputError } from '../directory/route';
import { exportJournalCsv } from './journal-export';
import { readJournalPage } from './journal-view';

/** The journal routes' query, checked (bad input → 400, nothing read). */
export function journalQuery(search: URLSearchParams): JournalQuery {
  const parsed = parseJournalQuery(search);
  if (!parsed.ok) throw new RouteInputError(parsed.message, parsed.param);
  return parsed.query;
}

/** GET /api/journal: one page of the console's journal; every signed-in console user may read it. */
export const handleJournalRequest = directoryRoute('journal', async (client, search) => {
  const query = journalQuery(search);
  const [db, consoleKey] = await Promise.all([getDb(), identifyConsoleKey()]);
  return readJournalPage(client, db, query, consoleKey);
});

/** GET /api/journal/export: every entry the filters select, as CSV. */
export const handleJournalExportRequest = directoryRoute('journal export', async (client, search) => {
  const { after: _after, before: _before, limit: _limit, ...query } = journalQuery(search);
  const [db, consoleKey] = await Promise.all([getDb(), identifyConsoleKey()]);
  return exportJournalCsv(client, db, { ...query, limit: 0 }, consoleKey);
});
