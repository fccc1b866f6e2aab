import type { JournalCursor, JournalFilters } from '@/lib/journal/query';

export { filterChange, NO_CURSOR } from './audit-url';

/** The journal's state in the URL: filters, the page's cursor and the open entry (as audit-url.ts for the log). */
export const JOURNAL_URL_KEYS = ['status', 'q', 'user', 'family', 'outcome', 'from', 'to', 'after', 'before', 'entry'] as const;
export type JournalUrl = Record<(typeof JOURNAL_URL_KEYS)[number], string>;

/** An entry id from the URL, when it is one. */
export const entryIdOf = (text: string) => (/^\d{1,15}$/.test(text) ? Number(text) : undefined);

export const filtersFromUrl = (url: JournalUrl): JournalFilters => ({ status: url.status, q: url.q, user: url.user, family: url.family, outcome: url.outcome, from: url.from, to: url.to });

export const cursorFromUrl = (url: JournalUrl): JournalCursor => ({ after: entryIdOf(url.after), before: entryIdOf(url.before) });

/** Every filter of the journal unset. */
export const NO_JOURNAL_FILTERS: JournalFilters = { status: '', q: '', user: '', family: '', outcome: '', from: '', to: '' };

export const hasFilters = (filters: JournalFilters) => Object.values(filters).some(Boolean);
