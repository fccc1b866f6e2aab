import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CostGroup, InsightAnswer } from '@/lib/insights/types';
import { consoleFetch } from './admin-fetch';

/*
 * Usage and costs from the console's engine (GET /api/insights/usage|costs, lib/insights/types.ts).
 * Keys hold the query string, so identical views (two cards, a page and the overview) share one
 * request. Answers stay fresh for a minute: the engine serves closed buckets from its store and
 * refreshes open ones itself.
 */

export const insightKeys = {
  all: ['insights'] as const,
  usage: (search: string) => [...insightKeys.all, 'usage', search] as const,
  costs: (search: string) => [...insightKeys.all, 'costs', search] as const,
};

const STALE = 60_000;

/** One usage view; `search` is the engine's query (components/usage/usage-url.ts usageSearch). */
export function usageOptions(search: URLSearchParams, { enabled = true }: { enabled?: boolean } = {}) {
  const text = search.toString();
  return queryOptions({
    queryKey: insightKeys.usage(text),
    queryFn: ({ signal }) => consoleFetch<InsightAnswer>(`/api/insights/usage?${text}`, { signal }),
    // A new range or grouping keeps the last chart on screen (dimmed) until the new one arrives.
    placeholderData: keepPreviousData,
    staleTime: STALE,
    enabled,
  });
}

export interface CostsQuery {
  start: number;
  end: number;
  groupBy?: CostGroup | null;
  projectIds?: readonly string[];
  apiKeyIds?: readonly string[];
  top?: number;
}

/** The engine's costs query string, with repeated keys for lists (the contract's form). */
export function costsSearch(query: CostsQuery): URLSearchParams {
  const search = new URLSearchParams({ start: String(query.start), end: String(query.end) });
  if (query.groupBy) search.set('group_by', query.groupBy);
  for (const id of query.projectIds ?? []) search.append('project_ids', id);
  for (const id of query.apiKeyIds ?? []) search.append('api_key_ids', id);
  if (query.top !== undefined) search.set('top', String(query.top));
  return search;
}

/** Daily costs (always 1d buckets). */
export function costsOptions(query: CostsQuery, { keepPrevious = false }: { keepPrevious?: boolean } = {}) {
  const text = costsSearch(query).toString();
  return queryOptions({
    queryKey: insightKeys.costs(text),
    queryFn: ({ signal }) => consoleFetch<InsightAnswer>(`/api/insights/costs?${text}`, { signal }),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    staleTime: STALE,
  });
}
