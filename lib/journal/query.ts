import { z } from 'zod';
import { dayStart } from '@/lib/format/dates';
import { familyOf } from './operations';

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

const intText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,12}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const querySchema = z
  .object({
    user: z.string().trim().toLowerCase().pipe(z.email('must be an email address').max(320)).optional(),
    outcome: z.enum(JOURNAL_OUTCOMES, `must be one of ${JOURNAL_OUTCOMES.join(', ')}`).optional(),
    family: z
      .string()
      .refine((value) => !!familyOf(value), 'is not a kind of change the journal knows')
      .optional(),
    q: z.string().trim().min(1, 'must not be empty').max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`).optional(),
    since: intText(0, 99_999_999_999).optional(),
    until: intText(0, 99_999_999_999).optional(),
    status: z.enum(JOURNAL_STATUS_FILTERS, `must be one of ${JOURNAL_STATUS_FILTERS.join(', ')}`).optional(),
    id: intText(1, Number.MAX_SAFE_INTEGER).optional(),
    after: intText(1, Number.MAX_SAFE_INTEGER).optional(),
    before: intText(1, Number.MAX_SAFE_INTEGER).optional(),
    limit: intText(1, 100).optional(),
  })
  .strict();

/** How the page names each filter: a refusal is worded as the person saw the filter, not as the URL has it. */
const FILTER_LABELS: Record<string, string> = { user: 'Person', outcome: 'Outcome', family: 'Kind of change', q: 'Search', since: 'From', until: 'To', status: 'Status' };
const labelOf = (param: string) => FILTER_LABELS[param] ?? param;

export type JournalQueryResult = { ok: true; query: JournalQuery } | { ok: false; param: string; message: string };

/** Checks a journal route's query string: every parameter known, given once and valid. */
export function parseJournalQuery(search: URLSearchParams): JournalQueryResult {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) {
    if (key in raw) return { ok: false, param: key, message: `${labelOf(key)}: give it once` };
    raw[key] = value;
  }
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    if (unknownKey) return { ok: false, param: unknownKey, message: `${unknownKey}: the journal has no such filter` };
    const param = issue?.path.map(String).join('.') || 'query';
    return { ok: false, param, message: `${labelOf(param)}: ${issue?.message ?? 'is invalid'}` };
  }
  const { limit, ...rest } = parsed.data;
  if (rest.after !== undefined && rest.before !== undefined) return { ok: false, param: 'before', message: 'before: give either after or before, not both' };
  if (rest.since !== undefined && rest.until !== undefined && rest.since >= rest.until) return { ok: false, param: 'until', message: 'To: must be the same day as From or later' };
  const query: JournalQuery = { limit: limit ?? JOURNAL_PAGE_SIZE };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) (query as unknown as Record<string, unknown>)[key] = value;
  return { ok: true, query };
}
