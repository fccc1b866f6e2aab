'use client';

import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';

export interface JournalPagerProps {
  shown: number;
  hasNewer: boolean;
  hasOlder: boolean;
  busy: boolean;
  onNewer: () => void;
  onOlder: () => void;
  onNewest: () => void;
}

/** Newer / older pages of the journal (by entry id, so new entries never shift a page). */
export function JournalPager({ shown, hasNewer, hasOlder, busy, onNewer, onOlder, onNewest }: JournalPagerProps) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-3 pt-3 text-sm">
      <span className="text-muted-foreground tabular-nums" aria-live="polite" aria-busy={busy}>
        {shown} {shown === 1 ? 'entry' : 'entries'} on this page
      </span>
      {hasNewer && (
        <Button size="sm" variant="ghost" onClick={onNewest} disabled={busy}>
          Newest
        </Button>
      )}
      <Button size="sm" variant="secondary" onClick={onNewer} disabled={!hasNewer || busy}>
        <ChevronLeft className="size-4" aria-hidden />
        Newer
      </Button>
      <Button size="sm" variant="secondary" onClick={onOlder} disabled={!hasOlder || busy}>
        Older
        <ChevronRight className="size-4" aria-hidden />
      </Button>
    </nav>
  );
}
