'use client';

import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/states';

// Keeps the sidebar on screen when a page fails, and offers a way back.
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState
      title="This page could not be shown"
      message={`${error.message || 'An unexpected error occurred.'} Try again; if it keeps happening, the server log has the details${error.digest ? ` (reference ${error.digest})` : ''}.`}
      action={<Button variant="secondary" onClick={reset}>Try again</Button>}
    />
  );
}
