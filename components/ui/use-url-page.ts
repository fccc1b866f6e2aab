'use client';

import { useCallback } from 'react';
import { pageOf, type Paged } from './pager';
import { useUrlState } from './use-url-state';

/** Rows a list held whole in the browser shows at once. */
export const PAGE_SIZE = 50;

/** The URL param's page: `'3'` → 3; no param (page 1) or anything else → 1 (`pageOf` clamps past the end). */
export function pageFromParam(value: string): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The URL param for a page: empty for page 1, so the first page's address stays clean. */
export function pageParam(page: number): string {
  return page > 1 ? String(page) : '';
}

export interface UrlPage<T> extends Paged<T> {
  /** What `PageNumberPager` takes: `<PageNumberPager label="…" {...shown.pager} />`. */
  pager: { page: number; pages: number; onPage: (page: number) => void };
}

/**
 * One page of a list held whole in the browser, the page number in the URL (`?page=2`). Counts,
 * search and exports stay over the whole list; only the rows shown are paged. Whoever changes the
 * search or a filter clears the param in the same URL change (`setUrl({ q, page: '' })`), so a new
 * search starts on page 1.
 */
export function useUrlPage<T>(items: readonly T[], { size = PAGE_SIZE, param = 'page' }: { size?: number; param?: string } = {}): UrlPage<T> {
  const [url, setUrl] = useUrlState([param]);
  const shown = pageOf(items, pageFromParam(url[param] ?? ''), size);
  const onPage = useCallback((page: number) => setUrl({ [param]: pageParam(page) }), [param, setUrl]);
  return { ...shown, pager: { page: shown.page, pages: shown.pages, onPage } };
}
