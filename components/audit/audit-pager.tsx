'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { AuditCursor } from '@/lib/audit/query';
import type { AuditPage } from '@/lib/audit/types';

/**
 * Newer / older through the log's cursors. A page reached with `after` has newer events before it;
 * one reached with `before` has older ones after it; `has_more` speaks for the direction read.
 */
export function AuditPager({ page, cursor, busy, onCursor, children }: { page: AuditPage; cursor: AuditCursor; busy: boolean; onCursor: (cursor: AuditCursor) => void; children?: ReactNode }) {
  const newer = cursor.before ? page.has_more : !!cursor.after;
  const older = cursor.before ? true : page.has_more;
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-3 pt-3 text-sm">
      <span className="text-muted-foreground mr-auto text-xs">{children}</span>
      <span className="text-muted-foreground" aria-live="polite" aria-busy={busy}>
        {page.data.length} event{page.data.length === 1 ? '' : 's'} on this page
      </span>
      <Button size="sm" variant="secondary" disabled={!newer || busy || !page.first_id} onClick={() => onCursor({ before: page.first_id ?? undefined })}>
        Newer
      </Button>
      <Button size="sm" variant="secondary" disabled={!older || busy || !page.last_id} onClick={() => onCursor({ after: page.last_id ?? undefined })}>
        Older
      </Button>
    </nav>
  );
}
