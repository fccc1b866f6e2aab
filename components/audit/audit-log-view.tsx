'use client';

import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@/lib/format/dates';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { auditExportUrl, auditPageOptions } from '@/lib/queries/audit';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ServerExportButton } from '@/components/ui/server-export-button';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { AuditEventPanel } from './audit-event-panel';
import { AuditFiltersBar } from './audit-filters';
import { AuditPager } from './audit-pager';
import { AuditTable } from './audit-table';
import { AuditTabs } from './audit-tabs';
import { AUDIT_URL_KEYS, cursorFromUrl, filterChange, filtersFromUrl, hasFilters, NO_AUDIT_FILTERS, NO_CURSOR } from './audit-url';

/** The organization's audit log, told with names, each console change showing its console user. */
export function AuditLogView() {
  const [url, setUrl] = useUrlState(AUDIT_URL_KEYS);
  const filters = filtersFromUrl(url);
  const cursor = cursorFromUrl(url);
  const query = useQuery(auditPageOptions(filters, cursor));
  const page = query.data;
  const filtered = hasFilters(filters);
  const paged = !!(cursor.after || cursor.before);
  // A 400 is the filters or the cursor (a shared link's, say): trying again fails again, clearing them does not.
  const badFilters = query.error instanceof ConsoleApiError && query.error.status === 400;
  const newest = () => setUrl(NO_CURSOR);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change and sign-in OpenAI records for the organization. Changes made through this console show the person who made them, from the console's journal."
        actions={<ServerExportButton url={auditExportUrl(filters)} what="audit log" count={(n) => `${n.toLocaleString('en-GB')} event${n === 1 ? '' : 's'}`} disabled={!page || page.data.length === 0} />}
      />
      <AuditTabs active="log" />
      <AuditFiltersBar filters={filters} onChange={setUrl} />

      {query.isError ? (
        <ErrorState
          title="The audit log could not be loaded"
          message={describeError(query.error)}
          action={
            <div className="flex gap-2">
              {badFilters && filtered ? (
                <Button onClick={() => setUrl(filterChange(NO_AUDIT_FILTERS))}>Clear filters</Button>
              ) : (
                !(badFilters && paged) && (
                  <Button variant="secondary" onClick={() => void query.refetch()}>
                    Try again
                  </Button>
                )
              )}
              {paged && <Button onClick={newest}>Go to the newest events</Button>}
            </div>
          }
        />
      ) : !page ? (
        <TableSkeleton label="Loading the audit log" rows={12} />
      ) : page.data.length === 0 ? (
        <EmptyState
          title={paged ? 'No more events this way' : filtered ? 'No events match' : 'No events yet'}
          action={paged ? <Button onClick={newest}>Go to the newest events</Button> : undefined}
        >
          {filtered ? 'No event matches these filters. Widen the date range or clear a filter.' : 'The organization has no recorded events.'}
        </EmptyState>
      ) : (
        <>
          {!page.console_key_certain && (
            <p role="note" className="bg-warning-bg text-warning-fg mb-3 rounded-md px-3 py-2 text-sm">
              The console could not tell which admin key is its own, so events made with any admin key may be matched to its journal.
            </p>
          )}
          {page.names_error && (
            <p role="note" className="text-muted-foreground mb-3 text-sm">
              Names could not be read from the organization, so ids are shown: {page.names_error}
            </p>
          )}
          <AuditTable page={page} onOpen={(event) => setUrl({ event })} />
          <AuditPager page={page} cursor={cursor} busy={query.isPlaceholderData} onCursor={(next) => setUrl({ after: next.after ?? '', before: next.before ?? '', event: '' })}>
            <span title="Names of users, projects, keys and roles are read from the organization and kept for a minute.">names as of {formatDateTime(page.names_as_of)}</span>
          </AuditPager>
        </>
      )}
      <AuditEventPanel eventId={url.event} page={page} loading={query.isPending || query.isPlaceholderData} onClose={() => setUrl({ event: '' })} />
    </>
  );
}
