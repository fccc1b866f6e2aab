import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { isConsoleErrorBody } from '@/lib/admin/errors';
import { journalSearch, type JournalCursor, type JournalFilters } from '@/lib/journal/query';
import type { JournalPage, JournalViewEntry } from '@/lib/journal/types';
import { ConsoleApiError, consoleFetch } from './admin-fetch';

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

export interface JournalExport {
  rows: number;
  /** The most rows an export holds, when the filters selected more. */
  truncatedAt: number | null;
}

/** Downloads every entry the filters select as CSV, built on the server. */
export async function downloadJournalCsv(filters: JournalFilters): Promise<JournalExport> {
  let response: Response;
  try {
    response = await fetch(`/api/journal/export?${journalSearch(filters, {}, null)}`, { credentials: 'same-origin', redirect: 'error' });
  } catch {
    throw new ConsoleApiError(0, { code: 'network', message: 'The console server cannot be reached. Check your connection and that the console is running.' });
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => null);
    throw new ConsoleApiError(
      response.status,
      isConsoleErrorBody(payload) ? payload.error : { code: 'unexpected', message: `The console answered ${response.status} without an explanation. Try again.` },
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'console-journal.csv';
  link.click();
  URL.revokeObjectURL(url);
  const truncated = response.headers.get('x-export-truncated');
  return { rows: Number(response.headers.get('x-export-rows') ?? 0), truncatedAt: truncated ? Number(truncated) : null };
}
