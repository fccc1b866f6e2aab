'use client';

import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';

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
    <Pager
      status={`${shown} ${shown === 1 ? 'entry' : 'entries'} on this page`}
      busy={busy}
      hasPrevious={hasNewer}
      hasNext={hasOlder}
      onPrevious={onNewer}
      onNext={onOlder}
      previousLabel={
        <>
          <ChevronLeft className="size-4" aria-hidden />
          Newer
        </>
      }
      nextLabel={
        <>
          Older
          <ChevronRight className="size-4" aria-hidden />
        </>
      }
      extra={
        hasNewer && (
          <Button size="sm" variant="ghost" onClick={onNewest} disabled={busy}>
            Newest
          </Button>
        )
      }
    />
  );
}
