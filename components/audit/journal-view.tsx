'use client';

import { useQuery } from '@tanstack/react-query';
import type { JournalFilters as Filters } from '@/lib/journal/query';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { journalExportUrl, journalPageOptions } from '@/lib/queries/journal';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ServerExportButton } from '@/components/ui/server-export-button';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { AuditTabs } from './audit-tabs';
import { JournalEntryPanel } from './journal-entry-panel';
import { JournalFilters } from './journal-filters';
import { JournalNotes } from './journal-notes';
import { JournalPager } from './journal-pager';
import { JournalTable } from './journal-table';
import { cursorFromUrl, entryIdOf, filterChange, filtersFromUrl, hasFilters, JOURNAL_URL_KEYS, NO_CURSOR, NO_JOURNAL_FILTERS } from './journal-url';

function Empty({ filters, paged, onNewest }: { filters: Filters; paged: boolean; onNewest: () => void }) {
  if (paged) return <EmptyState title="This page is past the end of the journal" action={<Button onClick={onNewest}>Go to the newest entries</Button>} />;
  if (filters.status === 'attention' && !hasFilters({ ...filters, status: '' }))
    return <EmptyState title="Nothing needs a look">No change failed or has an unknown outcome, and every recent change that should show in the organization’s audit log does.</EmptyState>;
  if (hasFilters(filters)) return <EmptyState title="No changes match these filters">Try another person, kind of change or date range, or clear the filters.</EmptyState>;
  return <EmptyState title="The journal is empty">Every change made through this console will be listed here: who made it, what it was, and what OpenAI answered.</EmptyState>;
}

/** The console's journal: every change made through the console, newest first, with what upstream shows. */
export function JournalView() {
  const [url, setUrl] = useUrlState(JOURNAL_URL_KEYS);
  const filters = filtersFromUrl(url);
  const cursor = cursorFromUrl(url);
  const query = useQuery(journalPageOptions(filters, cursor));
  const page = query.data;
  const entryId = entryIdOf(url.entry) ?? 0;
  const change = (changes: Partial<Filters>) => setUrl(filterChange(changes));
  const newest = () => setUrl(NO_CURSOR);
  // A 400 is the filters (a shared link's, say): trying again fails again, clearing them does not.
  const badFilters = query.error instanceof ConsoleApiError && query.error.status === 400;

  return (
    <>
      <PageHeader title="Audit log" />
      <AuditTabs active="journal" />
      <div className="flex flex-wrap items-start justify-between gap-4 pb-4">
        <p className="text-muted-foreground max-w-3xl text-sm">
          The console journal lists every change made through this console: who made it, what it was and what OpenAI answered. Each entry is written before the change is sent and is never edited or
          deleted. OpenAI’s audit log records these changes as made by the console’s admin key; the journal says which person made them.
        </p>
        <ServerExportButton url={journalExportUrl(filters)} what="console journal" count={(n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`} disabled={!page || page.data.length === 0} />
      </div>
      <JournalFilters filters={filters} users={page?.users ?? []} onChange={change} />
      {page && <JournalNotes page={page} />}
      {query.isError ? (
        <ErrorState
          title="The journal could not be loaded"
          message={describeError(query.error)}
          action={
            badFilters && hasFilters(filters) ? (
              <Button onClick={() => change(NO_JOURNAL_FILTERS)}>Clear filters</Button>
            ) : badFilters && (cursor.after || cursor.before) ? (
              <Button onClick={newest}>Go to the newest entries</Button>
            ) : (
              <Button variant="secondary" onClick={() => void query.refetch()}>
                Try again
              </Button>
            )
          }
        />
      ) : !page ? (
        <TableSkeleton label="Loading the journal" rows={10} />
      ) : page.data.length === 0 ? (
        <Empty filters={filters} paged={!!(cursor.after || cursor.before)} onNewest={newest} />
      ) : (
        <>
          <JournalTable entries={page.data} now={query.dataUpdatedAt} onOpen={(id) => setUrl({ entry: String(id) })} />
          <JournalPager
            shown={page.data.length}
            hasNewer={page.has_newer}
            hasOlder={page.has_older}
            busy={query.isPlaceholderData}
            onNewer={() => setUrl({ before: String(page.first_id ?? ''), after: '' })}
            onOlder={() => setUrl({ after: String(page.last_id ?? ''), before: '' })}
            onNewest={newest}
          />
        </>
      )}
      <JournalEntryPanel entryId={entryId} shown={page?.data.find((e) => e.id === entryId)} onClose={() => setUrl({ entry: '' })} />
    </>
  );
}
