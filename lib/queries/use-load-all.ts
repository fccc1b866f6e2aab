'use client';

import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ListPage } from '@/lib/admin/types';

/** What useFollowPages needs of an infinite query (any page shape). */
type Followed = Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetching' | 'isError' | 'fetchNextPage'>;

/**
 * Asks for the next page of an infinite query until there is none, one request at a time. It waits
 * while anything is in flight: a refetch of the pages already read (after a change) is let finish,
 * not cancelled by the next page. A failure stops it (the view shows the error; `fetchNextPage()`
 * or `refetch()` resumes).
 */
export function useFollowPages({ hasNextPage, isFetching, isError, fetchNextPage }: Followed): void {
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
}

/**
 * Follows an infinite list's cursor to the end and returns every item loaded so far: for lists
 * that search, filters and counts need whole.
 */
export function useLoadAll<T>(query: UseInfiniteQueryResult<InfiniteData<ListPage<T>>>): T[] {
  useFollowPages(query);
  const { data } = query;
  return useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
}
