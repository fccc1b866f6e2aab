import { dayStart } from '@/lib/format/dates';

/*
 * The journal view's filters: as the page keeps them in its URL (days in the viewer's time zone),
 * and as GET /api/journal and /api/journal/export take them (seconds), checked on the server.
 */

export const JOURNAL_OUTCOMES = ['succeeded', 'failed', 'unknown', 'pending'] as const;
export type JournalOutcomeFilter = (typeof JOURNAL_OUTCOMES)[number];

/**
 * `attention`: failed, outcome unknown, or succeeded without the upstream event it should have
 * left; `no_event`: only the latter. Both look for upstream events in a bounded recent window.
 */
export const JOURNAL_STATUS_FILTERS = ['attention', 'no_event'] as const;
export type JournalStatusFilter = (typeof JOURNAL_STATUS_FILTERS)[number];

export const JOURNAL_PAGE_SIZE = 50;
export const MAX_SEARCH_LENGTH = 200;

/** The filters as the page's URL holds them ('' = not set). */
export interface JournalFilters {
  user: string;
  outcome: string;
  family: string;
  q: string;
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
  status: string;
}

export interface JournalCursor {
  /** Entries older than this id (the next page). */
  after?: number;
  /** Entries newer than this id (the previous page). */
  before?: number;
}

/** What GET /api/journal was asked, once checked. */
export interface JournalQuery {
  user?: string;
  outcome?: JournalOutcomeFilter;
  family?: string;
  q?: string;
  /** Unix seconds: created at or after / before. */
  since?: number;
  until?: number;
  status?: JournalStatusFilter;
  /** One entry (the details panel of a shared link). */
  id?: number;
  after?: number;
  before?: number;
  limit: number;
}

/** The query for the journal routes (export: without cursor and limit). */
export function journalSearch(filters: JournalFilters, cursor: JournalCursor = {}, limit: number | null = JOURNAL_PAGE_SIZE): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['user', 'outcome', 'family', 'status'] as const) if (filters[key]) search.set(key, filters[key]);
  if (filters.q.trim()) search.set('q', filters.q.trim().slice(0, MAX_SEARCH_LENGTH));
  const since = dayStart(filters.from);
  const until = dayStart(filters.to, 1);
  if (since !== undefined) search.set('since', String(since));
  if (until !== undefined) search.set('until', String(until));
  if (cursor.after) search.set('after', String(cursor.after));
  else if (cursor.before) search.set('before', String(cursor.before));
  if (limit !== null) search.set('limit', String(limit));
  return search;
}
