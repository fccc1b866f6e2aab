import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshAfterChange } from './refresh';

describe('refreshAfterChange', () => {
  it('reads again a list whose first load began before the change, instead of keeping that load’s answer', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let created = false;
    let release: () => void = () => {};
    const firstLoadStarted = new Promise<void>((started) => {
      let calls = 0;
      const queryFn = async ({ signal }: { signal: AbortSignal }) => {
        calls += 1;
        // The first read sees the list before the change and answers only later.
        if (calls === 1) {
          const seen = created;
          started();
          await new Promise<void>((resolve) => {
            release = resolve;
            signal.addEventListener('abort', () => resolve());
          });
          return seen ? ['new project'] : [];
        }
        return created ? ['new project'] : [];
      };
      const observer = new QueryObserver(queryClient, { queryKey: ['projects'], queryFn });
      observer.subscribe(() => {});
    });
    await firstLoadStarted;

    created = true; // the change is applied upstream while the first read is still out
    const refreshed = refreshAfterChange(queryClient, { queryKey: ['projects'] });
    release();
    await refreshed;
    expect(queryClient.getQueryData(['projects'])).toEqual(['new project']);
  });
});
