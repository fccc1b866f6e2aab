import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeMutationOptions } from './use-change';

const toasts = vi.hoisted(() => [] as string[]);
vi.mock('sonner', () => ({ toast: { success: (message: string) => toasts.push(message) } }));

/** A watched list whose reads are counted, as a page's table would be. */
function watchedList(queryClient: QueryClient, key: string) {
  let reads = 0;
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- a test's read counter, not an input
  new QueryObserver(queryClient, {
    queryKey: [key],
    queryFn: async () => ++reads,
  }).subscribe(() => {});
  return { reads: () => reads };
}

async function settle(queryClient: QueryClient) {
  while (queryClient.isFetching() > 0) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('changeMutationOptions', () => {
  let queryClient: QueryClient;
  beforeEach(async () => {
    toasts.length = 0;
    queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
  });

  it('toasts the success and reads again only what the change named', async () => {
    const named = watchedList(queryClient, 'keys');
    const other = watchedList(queryClient, 'groups');
    await settle(queryClient);
    const change = new MutationObserver(
      queryClient,
      changeMutationOptions(queryClient, {
        mutationFn: async (name: string) => ({ name }),
        success: (result) => `Key “${result.name}” created.`,
        refresh: () => [{ queryKey: ['keys'] }],
      }),
    );
    await change.mutate('ci');
    await settle(queryClient);
    expect(toasts).toEqual(['Key “ci” created.']);
    expect(named.reads()).toBe(2);
    expect(other.reads()).toBe(1);
  });

  it('after a failure: no toast; reads again only when the change asks for it', async () => {
    const list = watchedList(queryClient, 'alerts');
    await settle(queryClient);
    const failing = (refreshAfterFailure: boolean) =>
      new MutationObserver(
        queryClient,
        changeMutationOptions(queryClient, {
          mutationFn: async () => {
            throw new Error('the answer was lost');
          },
          success: () => 'never shown',
          refresh: () => [{ queryKey: ['alerts'] }],
          refreshAfterFailure,
        }),
      );
    await expect(failing(false).mutate(undefined)).rejects.toThrow('the answer was lost');
    await settle(queryClient);
    expect(list.reads()).toBe(1);
    await expect(failing(true).mutate(undefined)).rejects.toThrow('the answer was lost');
    await settle(queryClient);
    expect(list.reads()).toBe(2);
    expect(toasts).toEqual([]);
  });
});
