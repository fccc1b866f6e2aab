'use client';

import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { journalEntryOptions, type JournalViewEntry } from '@/lib/queries/journal';
import { Button } from '@/components/ui/button';
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
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = entryId > 0;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const query = useQuery({ ...journalEntryOptions(entryId), enabled: open && !shown });
  const entry = shown ?? query.data ?? undefined;

  return (
    <dialog
      ref={ref}
      onClose={(event) => event.target === event.currentTarget && onClose()}
      aria-labelledby={titleId}
      className="border-border bg-card text-foreground fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-[min(40rem,100vw)] max-w-none overflow-y-auto border-l p-0 shadow-2xl"
    >
      {open && (
        <div className="space-y-6 p-6">
          <header className="flex items-start justify-between gap-4">
            <div className="min-w-0 space-y-0.5">
              <h2 id={titleId} className="text-lg font-semibold">
                {entry ? entry.summary : 'Journal entry'}
              </h2>
              <p className="text-muted-foreground text-sm">
                Journal entry #{entryId}
                {entry?.subject && <> · “{entry.subject}”</>}
              </p>
            </div>
            <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close details">
              <X className="size-4" aria-hidden />
            </Button>
          </header>
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
        </div>
      )}
    </dialog>
  );
}
