'use client';

import { useEffect, useRef, useState } from 'react';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/states';

export interface InsightErrorProps {
  title: string;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  /** Inline (a card) rather than a page section. */
  compact?: boolean;
}

/**
 * A failed usage or costs read: what happened, the upstream request id, and a retry. A rate limit
 * (429) says how long to wait, counts down, and tries again by itself when the wait is over.
 */
export function InsightError({ title, error, retrying, onRetry, compact }: InsightErrorProps) {
  const api = error instanceof ConsoleApiError ? error : null;
  const wait = api?.status === 429 ? Math.max(1, Math.ceil(api.retryAfterSeconds ?? 5)) : null;
  const [left, setLeft] = useState(wait);
  const [seen, setSeen] = useState(error);
  if (seen !== error) {
    setSeen(error);
    setLeft(wait);
  }
  // The latest retry, so a re-render of the parent does not restart the countdown.
  const retry = useRef(onRetry);
  useEffect(() => {
    retry.current = onRetry;
  }, [onRetry]);
  useEffect(() => {
    if (left === null || retrying) return;
    const timer = setTimeout(() => {
      if (left > 1) return setLeft(left - 1);
      setLeft(null);
      retry.current();
    }, 1000);
    return () => clearTimeout(timer);
  }, [left, retrying]);

  const counting = wait !== null && left !== null && left > 0 && !retrying;
  return (
    <ErrorState
      title={api?.status === 429 ? `${title}: rate limited` : title}
      message={api ? api.message : describeError(error)}
      requestId={api?.requestId}
      action={
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" size={compact ? 'sm' : 'md'} pending={retrying} onClick={onRetry}>
            {retrying ? 'Trying again…' : 'Try again now'}
          </Button>
          {counting && (
            <span role="status" className="text-muted-foreground text-sm tabular-nums">
              Trying again by itself in {left} s
            </span>
          )}
        </div>
      }
    />
  );
}
