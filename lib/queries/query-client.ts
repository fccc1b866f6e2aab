import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ConsoleApiError } from './admin-fetch';

function onAuthError(error: unknown) {
  // A session that ended while the page was open: a full load of sign-in also drops every cached
  // query, so nothing of the old session stays in memory. A session that ended by time
  // (session_idle, session_lifetime) says so on the sign-in page.
  if (!(error instanceof ConsoleApiError) || error.status !== 401) return;
  const ended = /^session_(idle|lifetime)$/.exec(error.code)?.[1];
  window.location.assign(ended ? `/sign-in?ended=${ended}` : '/sign-in');
}

/** Reads: one more try only when the console itself could not be reached (the server already retried upstream). */
export function retryRead(failures: number, error: unknown): boolean {
  return failures < 2 && error instanceof ConsoleApiError && error.status === 0;
}

/** The browser's one query client. Changes are never retried by the browser (SECURITY.md, bar 9). */
export function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onAuthError }),
    mutationCache: new MutationCache({ onError: onAuthError }),
    defaultOptions: {
      queries: {
        // Admin data changes rarely and mostly through this console, which invalidates what it changes.
        staleTime: 30_000,
        retry: retryRead,
        refetchOnWindowFocus: true,
      },
      // A change whose answer was lost may have been applied: resending it could make it twice.
      mutations: { retry: 0 },
    },
  });
}
