'use client';

import type { ReactNode } from 'react';
import { Pager } from '@/components/ui/pager';
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
    <Pager
      status={`${page.data.length} event${page.data.length === 1 ? '' : 's'} on this page`}
      note={children}
      busy={busy}
      hasPrevious={newer && !!page.first_id}
      hasNext={older && !!page.last_id}
      onPrevious={() => onCursor({ before: page.first_id ?? undefined })}
      onNext={() => onCursor({ after: page.last_id ?? undefined })}
      previousLabel="Newer"
      nextLabel="Older"
    />
  );
}
