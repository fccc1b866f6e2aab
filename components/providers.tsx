'use client';

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Toaster } from 'sonner';
import { ConsoleApiError } from '@/lib/queries/admin-fetch';

function onAuthError(error: unknown) {
  // A session that ended while the page was open: a full load of sign-in also drops every cached
  // query, so nothing of the old session stays in memory.
  // A session that ended by time (session_idle, session_lifetime) says so on the sign-in page.
  if (!(error instanceof ConsoleApiError) || error.status !== 401) return;
  const ended = /^session_(idle|lifetime)$/.exec(error.code)?.[1];
  window.location.assign(ended ? `/sign-in?ended=${ended}` : '/sign-in');
}

function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onAuthError }),
    mutationCache: new MutationCache({ onError: onAuthError }),
    defaultOptions: {
      queries: {
        // Admin data changes rarely and mostly through this console, which invalidates what it changes.
        staleTime: 30_000,
        // The server already retried upstream reads (the SDK); only a lost connection to the console
        // itself is worth another try here.
        retry: (failures, error) => failures < 2 && error instanceof ConsoleApiError && error.status === 0,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster richColors closeButton position="bottom-right" />
    </QueryClientProvider>
  );
}
