import type { InvalidateQueryFilters, QueryClient } from '@tanstack/react-query';

/**
 * Reads again what a change made stale. `invalidateQueries` alone lets a first load that began
 * before the change stand (TanStack keeps an initial fetch rather than start another), so a list
 * still loading when a person created something would never show it. Cancelling first drops
 * that answer; the invalidation then reads every active match afresh.
 */
export async function refreshAfterChange(
  queryClient: QueryClient,
  filters: InvalidateQueryFilters,
): Promise<void> {
  await queryClient.cancelQueries(filters);
  await queryClient.invalidateQueries(filters);
}
