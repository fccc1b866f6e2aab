import type { ReactNode } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { Button } from './button';
import { cn } from './cn';

export function Skeleton({ className }: { className?: string }) {
  return <div className={cn('bg-muted animate-pulse rounded-md', className)} aria-hidden />;
}

/** Placeholder rows while a table loads; announced once to screen readers. */
export function TableSkeleton({ rows = 6, label }: { rows?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="border-border space-y-2 rounded-lg border p-4">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="border-border flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-12 text-center">
      <p className="font-medium">{title}</p>
      {children && <div className="text-muted-foreground max-w-md text-sm">{children}</div>}
      {action && <div className="pt-2">{action}</div>}
    </div>
  );
}

export function ErrorState({
  title,
  message,
  requestId,
  action,
}: {
  title: string;
  message: string;
  requestId?: string | null;
  action?: ReactNode;
}) {
  return (
    <div
      role="alert"
      className="border-danger/40 bg-danger/5 space-y-2 rounded-lg border px-6 py-5"
    >
      <p className="text-danger font-medium">{title}</p>
      <p className="text-sm">{message}</p>
      {requestId && (
        <p className="text-muted-foreground font-mono text-xs">Request id: {requestId}</p>
      )}
      {action && <div className="pt-1">{action}</div>}
    </div>
  );
}

/** What QueryErrorState needs of a react-query result (or of several, combined by the caller). */
export interface RetryableQuery {
  error: unknown;
  refetch: () => unknown;
  isRefetching?: boolean;
}

/** A query that failed: what failed, the error's sentence (with its request id), and "Try again". */
export function QueryErrorState({ title, query, size = 'md' }: { title: string; query: RetryableQuery; size?: 'sm' | 'md' }) {
  return (
    <ErrorState
      title={title}
      message={describeError(query.error)}
      action={
        <Button variant="secondary" size={size} pending={query.isRefetching} onClick={() => void query.refetch()}>
          Try again
        </Button>
      }
    />
  );
}

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'success' | 'warning' | 'danger';
  children: ReactNode;
}) {
  const tones = {
    neutral: 'bg-muted text-muted-foreground',
    success: 'bg-emerald-500/15 text-emerald-700 dark:text-emerald-300',
    warning: 'bg-warning-bg text-warning-fg',
    danger: 'bg-danger/15 text-danger',
  };
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
