import type { ProjectBudgetRow } from '@/lib/budgets/types';
import type { CsvColumn } from '@/lib/format/csv';

/*
 * The projects table of the budgets section: which rows a filter selects, in which order, the
 * figures above it and its CSV. Pure, so the view stays markup.
 */

export const BUDGET_FILTERS = {
  all: 'All',
  limit: 'With a limit',
  alerts: 'With alerts',
  none: 'No budget',
} as const;
export type BudgetFilter = keyof typeof BUDGET_FILTERS;

export const BUDGET_SORTS = {
  name: 'Name',
  limit: 'Highest limit',
  alert: 'Lowest alert threshold',
} as const;
export type BudgetSort = keyof typeof BUDGET_SORTS;

export interface BudgetView {
  search: string;
  filter: BudgetFilter;
  sort: BudgetSort;
  hideArchived: boolean;
}

/** The URL's text → a view (unknown values fall back to the defaults). */
export function budgetViewFrom(url: { q: string; filter: string; sort: string; archived: string }): BudgetView {
  return {
    search: url.q,
    filter: Object.hasOwn(BUDGET_FILTERS, url.filter) ? (url.filter as BudgetFilter) : 'all',
    sort: Object.hasOwn(BUDGET_SORTS, url.sort) ? (url.sort as BudgetSort) : 'name',
    hideArchived: url.archived === 'hide',
  };
}

const matches = (row: ProjectBudgetRow, filter: BudgetFilter) => {
  switch (filter) {
    case 'limit':
      return row.limit !== null;
    case 'alerts':
      return row.alerts.length > 0;
    case 'none':
      return row.limit === null && row.alerts.length === 0 && row.error === null;
    default:
      return true;
  }
};

const byName = (a: ProjectBudgetRow, b: ProjectBudgetRow) =>
  a.project.name.localeCompare(b.project.name, 'en', { sensitivity: 'base' }) || a.project.id.localeCompare(b.project.id);

/** Rows without the figure sorted on go last, in name order. */
function compare(sort: BudgetSort) {
  const figure = (row: ProjectBudgetRow): number | null =>
    sort === 'limit' ? (row.limit ? -row.limit.threshold_amount : null) : sort === 'alert' ? (row.alerts[0]?.threshold_amount ?? null) : null;
  return (a: ProjectBudgetRow, b: ProjectBudgetRow) => {
    const fa = figure(a);
    const fb = figure(b);
    if (fa !== fb) {
      if (fa === null) return 1;
      if (fb === null) return -1;
      return fa - fb;
    }
    return byName(a, b);
  };
}

/** The rows a view selects, in its order. Search matches the project's name or id. */
export function selectBudgetRows(rows: readonly ProjectBudgetRow[], view: BudgetView): ProjectBudgetRow[] {
  const needle = view.search.trim().toLowerCase();
  return rows
    .filter((row) => !view.hideArchived || !row.project.archived)
    .filter((row) => matches(row, view.filter))
    .filter((row) => !needle || row.project.name.toLowerCase().includes(needle) || row.project.id.toLowerCase().includes(needle))
    .sort(compare(view.sort));
}

export interface BudgetTotals {
  projects: number;
  withLimit: number;
  withAlerts: number;
  /** The sum of the project limits, in cents. */
  limitsCents: number;
  enforcing: number;
  failed: number;
}

export function budgetTotals(rows: readonly ProjectBudgetRow[]): BudgetTotals {
  return {
    projects: rows.length,
    withLimit: rows.filter((r) => r.limit).length,
    withAlerts: rows.filter((r) => r.alerts.length > 0).length,
    limitsCents: rows.reduce((sum, r) => sum + (r.limit?.threshold_amount ?? 0), 0),
    enforcing: rows.filter((r) => r.limit?.enforcement.status === 'enforcing').length,
    failed: rows.filter((r) => r.error).length,
  };
}

/** "Reading budgets: 125 of 1,000 projects…" while pages arrive. */
export function progressText(loaded: number, total: number | null): string {
  if (total === null) return 'Reading the projects…';
  const n = (x: number) => x.toLocaleString('en-US');
  return `Reading budgets: ${n(loaded)} of ${n(total)} ${total === 1 ? 'project' : 'projects'}…`;
}

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** The projects table as CSV: amounts in dollars (the API's cents / 100), thresholds lowest first. */
export const PROJECT_BUDGET_CSV_COLUMNS: readonly CsvColumn<ProjectBudgetRow>[] = [
  { header: 'Project', value: (r) => r.project.name },
  { header: 'Project ID', value: (r) => r.project.id },
  { header: 'Status', value: (r) => (r.project.archived ? 'archived' : 'active') },
  { header: 'Spend limit (USD)', value: (r) => (r.limit ? dollars(r.limit.threshold_amount) : '') },
  { header: 'Limit status', value: (r) => r.limit?.enforcement.status ?? '' },
  { header: 'Alerts', value: (r) => (r.error ? '' : r.alerts.length) },
  { header: 'Alert thresholds (USD)', value: (r) => r.alerts.map((a) => dollars(a.threshold_amount)).join('; ') },
  { header: 'Alert recipients', value: (r) => [...new Set(r.alerts.flatMap((a) => a.notification_channel.recipients))].join('; ') },
  { header: 'Read error', value: (r) => r.error?.message ?? '' },
];

/** How many rows each filter would show, with the view's search and "hide archived" applied. */
export function filterCounts(rows: readonly ProjectBudgetRow[], view: BudgetView): Record<BudgetFilter, number> {
  const counts = { all: 0, limit: 0, alerts: 0, none: 0 };
  for (const filter of Object.keys(counts) as BudgetFilter[]) counts[filter] = selectBudgetRows(rows, { ...view, filter }).length;
  return counts;
}

/** Rows per page of the table. */
export const BUDGET_ROWS_PER_PAGE = 50;

/** The page the URL asks for, kept within the rows there are (1-based text → 0-based index). */
export function pageIndex(text: string, rows: number): number {
  const asked = Number.parseInt(text, 10);
  const last = Math.max(0, Math.ceil(rows / BUDGET_ROWS_PER_PAGE) - 1);
  return Number.isFinite(asked) && asked > 1 ? Math.min(asked - 1, last) : 0;
}
