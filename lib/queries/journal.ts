import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { journalSearch, type JournalCursor, type JournalFilters } from '@/lib/journal/query';
import type { JournalPage, JournalViewEntry } from '@/lib/journal/types';
import { consoleFetch } from './admin-fetch';

export type { JournalPage, JournalViewEntry };

/** The console's journal (GET /api/journal): pages of entries with their upstream status. */
export const journalKeys = {
  all: ['journal'] as const,
  page: (search: string) => [...journalKeys.all, 'page', search] as const,
  entry: (id: number) => [...journalKeys.all, 'entry', id] as const,
};

export function journalPageOptions(filters: JournalFilters, cursor: JournalCursor) {
  const search = journalSearch(filters, cursor).toString();
  return queryOptions({
    queryKey: journalKeys.page(search),
    queryFn: ({ signal }) => consoleFetch<JournalPage>(`/api/journal?${search}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One entry, for the details panel of a link to an entry not on the page shown. */
export function journalEntryOptions(id: number) {
  return queryOptions({
    queryKey: journalKeys.entry(id),
    queryFn: async ({ signal }) => (await consoleFetch<JournalPage>(`/api/journal?id=${id}&limit=1`, { signal })).data[0] ?? null,
    enabled: id > 0,
  });
}

/** The CSV export of every entry the filters select (no cursor: from the newest). */
export const journalExportUrl = (filters: JournalFilters) => `/api/journal/export?${journalSearch(filters, {}, null)}`;
