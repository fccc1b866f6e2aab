'use client';

import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ListPage } from '@/lib/admin/types';

/**
 * Follows an infinite list's cursor to the end and returns every item loaded so far: for lists
 * that search, filters and counts need whole. A failed page stops it (the view shows the error).
 */
export function useLoadAll<T>(query: UseInfiniteQueryResult<InfiniteData<ListPage<T>>>): T[] {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, data } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
}
