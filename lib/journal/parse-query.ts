import { z } from 'zod';
import { familyOf } from './families';
import { JOURNAL_OUTCOMES, JOURNAL_PAGE_SIZE, JOURNAL_STATUS_FILTERS, MAX_SEARCH_LENGTH, type JournalQuery } from './query';

// The server's check of a journal route's query, apart from query.ts so the journal page's
// first load does not carry zod (the page only builds the query string).

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
