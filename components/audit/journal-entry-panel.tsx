'use client';

import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/queries/admin-fetch';
import { journalEntryOptions, type JournalViewEntry } from '@/lib/queries/journal';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { JournalEntryDetails } from './journal-entry-details';

export interface JournalEntryPanelProps {
  /** The open entry's id (from the URL), or 0 when closed. */
  entryId: number;
  /** The entry when it is on the page shown (no request then). */
  shown: JournalViewEntry | undefined;
  onClose: () => void;
}

/** A side panel over the journal with one entry in full. */
export function JournalEntryPanel({ entryId, shown, onClose }: JournalEntryPanelProps) {
  const open = entryId > 0;
  const query = useQuery({ ...journalEntryOptions(entryId), enabled: open && !shown });
  const entry = shown ?? query.data ?? undefined;

  return (
    <SidePanel
      open={open}
      onClose={onClose}
      width="wide"
      title={entry ? entry.summary : 'Journal entry'}
      subtitle={
        <>
          Journal entry #{entryId}
          {entry?.subject && <> · “{entry.subject}”</>}
        </>
      }
    >
      {entry ? (
        <JournalEntryDetails entry={entry} />
      ) : query.isError ? (
        <ErrorState title="This entry could not be loaded" message={describeError(query.error)} />
      ) : query.isPending ? (
        <div role="status" aria-label="Loading the entry" className="space-y-3">
          <Skeleton className="h-48 w-full" />
          <Skeleton className="h-32 w-full" />
        </div>
      ) : (
        <EmptyState title="No such entry">The journal has no entry #{entryId}.</EmptyState>
      )}
    </SidePanel>
  );
}
