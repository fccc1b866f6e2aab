'use client';

import { Button } from '@/components/ui/button';

export default function AuthError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-xl font-semibold">Signing in is not possible right now</h1>
      <p className="text-sm text-muted-foreground">
        The console could not reach its own database or sign-in store. Try again in a moment; if it keeps happening, the server log has the details
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
