import { Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format/dates';
import type { JournalPage } from '@/lib/journal/types';

function Note({ tone, children }: { tone: 'info' | 'warning'; children: ReactNode }) {
  const Icon = tone === 'warning' ? TriangleAlert : Info;
  return (
    <p role="status" className={tone === 'warning' ? 'bg-warning-bg text-warning-fg flex gap-2 rounded-md px-3 py-2 text-sm' : 'text-muted-foreground flex gap-2 text-sm'}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{children}</span>
    </p>
  );
}

/** What the page could not check, and how far the "no upstream event" look went. */
export function JournalNotes({ page }: { page: JournalPage }) {
  const { scan, upstream_check: check } = page;
  return (
    <div className="space-y-2 pb-4 empty:hidden">
      {scan && (
        <Note tone={scan.limited ? 'warning' : 'info'}>
          Missing upstream events are looked for among the changes of the last {scan.days} days only (since {formatDate(Math.floor(new Date(scan.since).getTime() / 1000))}
          ), at most {scan.max} of them: {scan.checked} checked.
          {scan.limited && ' More changes fell in that window; the oldest of them were not checked.'} Failed and unknown-outcome changes are listed whatever their age.
        </Note>
      )}
      {check.error && <Note tone="warning">The organization’s audit log could not be read, so upstream events were not checked: {check.error}</Note>}
      {!check.console_key_certain && !check.error && (
        <Note tone="info">The console cannot tell which admin key is its own, so events made by any admin key are compared with the journal.</Note>
      )}
      {page.names_error && <Note tone="info">Names could not be read from the organization, so ids are shown: {page.names_error}</Note>}
    </div>
  );
}
