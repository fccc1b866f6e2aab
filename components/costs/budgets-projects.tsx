'use client';

import { useId } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useProjectBudgets } from '@/lib/queries/budgets';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { BudgetsProgress } from './budgets-progress';
import { BUDGET_ROWS_PER_PAGE, budgetViewFrom, filterCounts, pageIndex, PROJECT_BUDGET_CSV_COLUMNS, selectBudgetRows } from './budgets-projects-rows';
import { BudgetsProjectsTable } from './budgets-projects-table';
import { BudgetsProjectsToolbar } from './budgets-projects-toolbar';

const URL_KEYS = ['budgets-q', 'budgets-filter', 'budgets-sort', 'budgets-archived', 'budgets-page'] as const;

/** Every project's spend limit and alerts in one table, read progressively; filters in the URL. */
export function BudgetsProjects() {
  const headingId = useId();
  const { query, rows, total, loaded, complete, asOf } = useProjectBudgets();
  const [url, setUrl] = useUrlState(URL_KEYS);
  const view = budgetViewFrom({ q: url['budgets-q'], filter: url['budgets-filter'], sort: url['budgets-sort'], archived: url['budgets-archived'] });
  // A few thousand rows at most: filtering and sorting them on each render costs well under a frame.
  const selected = selectBudgetRows(rows, view);
  const counts = filterCounts(rows, view);
  const page = pageIndex(url['budgets-page'], selected.length);
  const shown = selected.slice(page * BUDGET_ROWS_PER_PAGE, (page + 1) * BUDGET_ROWS_PER_PAGE);
  const filtered = view.search !== '' || view.filter !== 'all' || view.hideArchived;

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="space-y-1">
        <h3 id={headingId} className="font-semibold">Project budgets</h3>
        <p className="text-muted-foreground text-sm">Every project’s hard limit and alert thresholds. Open a project to change them.</p>
      </div>
      {query.isPending ? (
        <TableSkeleton rows={5} label="Loading project budgets" />
      ) : query.isError && rows.length === 0 ? (
        <ErrorState
          title="The projects’ budgets could not be loaded"
          message={describeError(query.error)}
          action={<Button variant="secondary" onClick={() => void query.refetch()}>Try again</Button>}
        />
      ) : total === 0 ? (
        <EmptyState title="No projects yet">Projects you create get their own spend limits and alerts, listed here.</EmptyState>
      ) : (
        <>
          <BudgetsProjectsToolbar
            view={view}
            counts={counts}
            onChange={(changes) => setUrl({ ...Object.fromEntries(Object.entries(changes).map(([key, value]) => [`budgets-${key}`, value])), 'budgets-page': '' })}
          />
          <BudgetsProgress
            rows={selected}
            total={total}
            loaded={loaded}
            complete={complete}
            asOf={asOf}
            refreshing={query.isRefetching}
            onRefresh={() => void query.refetch()}
            // Rows already shown stay; the reading (or a refresh) that failed can be tried again.
            failure={query.isError ? describeError(query.error) : null}
            onResume={() => void (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())}
            actions={<ExportCsvButton what="project-budgets" columns={PROJECT_BUDGET_CSV_COLUMNS} rows={selected} disabled={selected.length === 0} />}
          />
          {selected.length === 0 ? (
            <EmptyState
              title={complete ? 'No project matches' : 'No project matches yet'}
              action={filtered && <Button variant="secondary" onClick={() => setUrl({ 'budgets-q': '', 'budgets-filter': '', 'budgets-archived': '', 'budgets-page': '' })}>Clear filters</Button>}
            >
              {complete ? 'Change the search or the filter to see other projects.' : 'More projects are still being read.'}
            </EmptyState>
          ) : (
            <BudgetsProjectsTable rows={shown} />
          )}
          {selected.length > BUDGET_ROWS_PER_PAGE && (
            <nav aria-label="Project budget pages" className="flex items-center justify-end gap-3 text-sm">
              <span className="text-muted-foreground tabular-nums">
                {(page * BUDGET_ROWS_PER_PAGE + 1).toLocaleString('en-US')}–{(page * BUDGET_ROWS_PER_PAGE + shown.length).toLocaleString('en-US')} of {selected.length.toLocaleString('en-US')}
              </span>
              <Button size="sm" variant="secondary" disabled={page === 0} onClick={() => setUrl({ 'budgets-page': page > 1 ? String(page) : '' })}>
                Previous
              </Button>
              <Button size="sm" variant="secondary" disabled={(page + 1) * BUDGET_ROWS_PER_PAGE >= selected.length} onClick={() => setUrl({ 'budgets-page': String(page + 2) })}>
                Next
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
