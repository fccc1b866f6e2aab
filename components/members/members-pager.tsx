'use client';

import { Button } from '@/components/ui/button';
import { pageRangeText } from './members-format';

/** "1–50 of 10,000" with previous / next. */
export function MembersPager({
  offset,
  shown,
  total,
  onPrevious,
  onNext,
  busy,
}: {
  offset: number;
  shown: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  busy: boolean;
}) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-3 pt-3 text-sm">
      <span className="text-muted-foreground tabular-nums" aria-live="polite" aria-busy={busy}>
        {pageRangeText(offset, shown, total)}
      </span>
      <Button size="sm" variant="secondary" onClick={onPrevious} disabled={offset === 0 || busy}>
        Previous
      </Button>
      <Button
        size="sm"
        variant="secondary"
        onClick={onNext}
        disabled={offset + shown >= total || busy}
      >
        Next
      </Button>
    </nav>
  );
}
