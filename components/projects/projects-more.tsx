'use client';

import { Button } from '@/components/ui/button';

const count = new Intl.NumberFormat('en-US');

export interface ProjectsMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  /** Why the last "Show more" failed, when it did. */
  error: string | null;
  onMore: () => void;
}

/** Under the table: how many of the selected projects are shown, and the next page on demand. */
export function ProjectsMore({ shown, total, hasMore, loading, error, onMore }: ProjectsMoreProps) {
  return (
    <div className="flex flex-wrap items-center justify-end gap-3 pt-3 text-sm">
      {error && (
        <p role="alert" className="text-danger mr-auto">
          The next projects could not be loaded: {error}
        </p>
      )}
      <span className="text-muted-foreground tabular-nums" aria-live="polite">
        {count.format(shown)} of {count.format(total)}
      </span>
      {hasMore && (
        <Button size="sm" variant="secondary" pending={loading} onClick={onMore}>
          {error ? 'Try again' : 'Show more'}
        </Button>
      )}
    </div>
  );
}
