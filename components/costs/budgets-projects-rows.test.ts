import { describe, expect, it } from 'vitest';
import type { ProjectBudgetRow, ProjectSpendAlert } from '@/lib/budgets/types';
import { toCsv } from '@/lib/format/csv';
import {
  budgetTotals,
  budgetViewFrom,
  filterCounts,
  pageIndex,
  progressText,
  PROJECT_BUDGET_CSV_COLUMNS,
  selectBudgetRows,
  type BudgetView,
} from './budgets-projects-rows';

const alert = (cents: number, recipients = ['finance@example.com']): ProjectSpendAlert => ({
  id: `alert_${cents}`,
  object: 'project.spend_alert',
  threshold_amount: cents,
  currency: 'USD',
  interval: 'month',
  notification_channel: { type: 'email', recipients, subject_prefix: null },
});

function row(name: string, options: { limit?: number; enforcing?: boolean; alerts?: number[]; archived?: boolean; error?: string } = {}): ProjectBudgetRow {
  return {
    project: { id: `proj_${name.toLowerCase().replace(/\W/g, '')}`, name, archived: options.archived ?? false },
    limit:
      options.limit === undefined
        ? null
        : { object: 'project.spend_limit', threshold_amount: options.limit, currency: 'USD', interval: 'month', enforcement: { status: options.enforcing ? 'enforcing' : 'inactive' } },
    alerts: (options.alerts ?? []).map((cents) => alert(cents)),
    error: options.error ? { message: options.error, request_id: 'req_1' } : null,
  };
}

const rows = [
  row('Zeta', { limit: 500_000, alerts: [100_000, 250_000] }),
  row('alpha', { alerts: [50_000] }),
  row('Mid', { limit: 2_000_000, enforcing: true }),
  row('Old', { archived: true, limit: 100_000 }),
  row('Bare'),
  row('Broken', { error: 'The sandbox organization answered with an error (503).' }),
];
const view = (changes: Partial<BudgetView> = {}): BudgetView => ({ search: '', filter: 'all', sort: 'name', hideArchived: false, ...changes });
const names = (list: ProjectBudgetRow[]) => list.map((r) => r.project.name);

describe('selectBudgetRows', () => {
  it('sorts by name, case-insensitively, archived projects included', () => {
    expect(names(selectBudgetRows(rows, view()))).toEqual(['alpha', 'Bare', 'Broken', 'Mid', 'Old', 'Zeta']);
  });
  it('filters by budget kind; a project that could not be read is not counted as without budget', () => {
    expect(names(selectBudgetRows(rows, view({ filter: 'limit' })))).toEqual(['Mid', 'Old', 'Zeta']);
    expect(names(selectBudgetRows(rows, view({ filter: 'alerts' })))).toEqual(['alpha', 'Zeta']);
    expect(names(selectBudgetRows(rows, view({ filter: 'none' })))).toEqual(['Bare']);
  });
  it('hides archived projects and searches names and ids', () => {
    expect(names(selectBudgetRows(rows, view({ hideArchived: true, filter: 'limit' })))).toEqual(['Mid', 'Zeta']);
    expect(names(selectBudgetRows(rows, view({ search: ' ZE ' })))).toEqual(['Zeta']);
    expect(names(selectBudgetRows(rows, view({ search: 'proj_mid' })))).toEqual(['Mid']);
  });
  it('sorts by the highest limit or the lowest alert, rows without one last', () => {
    expect(names(selectBudgetRows(rows, view({ sort: 'limit' })))).toEqual(['Mid', 'Zeta', 'Old', 'alpha', 'Bare', 'Broken']);
    expect(names(selectBudgetRows(rows, view({ sort: 'alert' })))).toEqual(['alpha', 'Zeta', 'Bare', 'Broken', 'Mid', 'Old']);
  });
});

describe('budgetViewFrom', () => {
  it('reads the URL, falling back to the defaults for unknown values', () => {
    expect(budgetViewFrom({ q: 'x', filter: 'limit', sort: 'alert', archived: 'hide' })).toEqual({ search: 'x', filter: 'limit', sort: 'alert', hideArchived: true });
    expect(budgetViewFrom({ q: '', filter: 'toString', sort: 'bogus', archived: '' })).toEqual(view());
  });
});

describe('budgetTotals and progressText', () => {
  it('counts limits, alerts, enforcing limits and failures, and sums the limits', () => {
    expect(budgetTotals(rows)).toEqual({ projects: 6, withLimit: 3, withAlerts: 2, limitsCents: 2_600_000, enforcing: 1, failed: 1 });
  });
  it('says how far the reading is, with thousands separators', () => {
    expect(progressText(0, null)).toBe('Reading the projects…');
    expect(progressText(125, 1000)).toBe('Reading budgets: 125 of 1,000 projects…');
    expect(progressText(0, 1)).toBe('Reading budgets: 0 of 1 project…');
  });
});

describe('the projects table as CSV', () => {
  it('has one line per row shown, amounts in dollars, thresholds lowest first, recipients once', () => {
    const zeta = row('Zeta', { limit: 500_050, alerts: [100_000, 250_000] });
    const csv = toCsv(PROJECT_BUDGET_CSV_COLUMNS, [zeta, row('Old', { archived: true }), row('Broken', { error: 'down' })]).split('\r\n');
    expect(csv[0]).toBe('Project,Project ID,Status,Spend limit (USD),Limit status,Alerts,Alert thresholds (USD),Alert recipients,Read error');
    expect(csv[1]).toBe('Zeta,proj_zeta,active,5000.50,inactive,2,1000.00; 2500.00,finance@example.com,');
    expect(csv[2]).toBe('Old,proj_old,archived,,,0,,,');
    expect(csv[3]).toBe('Broken,proj_broken,active,,,,,,down');
  });
});

describe('filterCounts and pageIndex', () => {
  it('counts each filter over the search and archived choice', () => {
    expect(filterCounts(rows, view())).toEqual({ all: 6, limit: 3, alerts: 2, none: 1 });
    expect(filterCounts(rows, view({ hideArchived: true, filter: 'none' }))).toEqual({ all: 5, limit: 2, alerts: 2, none: 1 });
  });
  it('keeps the page within the rows there are', () => {
    expect(pageIndex('', 120)).toBe(0);
    expect(pageIndex('2', 120)).toBe(1);
    expect(pageIndex('9', 120)).toBe(2);
    expect(pageIndex('-3', 120)).toBe(0);
    expect(pageIndex('2', 0)).toBe(0);
  });
});
