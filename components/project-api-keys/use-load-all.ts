'use client';

import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ListPage } from '@/lib/admin/types';

/** Follows an infinite list's cursor to the end and returns every item loaded so far. */
export function useLoadAll<T>(query: UseInfiniteQueryResult<InfiniteData<ListPage<T>>>): T[] {
  const { hasNextPage, isFetchingNextPage, fetchNextPage, data } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
}
