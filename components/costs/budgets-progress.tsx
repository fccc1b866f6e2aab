'use client';

import { RefreshCw } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ProjectBudgetRow } from '@/lib/budgets/types';
import { formatDateTime } from '@/lib/format/dates';
import { formatCents } from '@/lib/format/money';
import { Button } from '@/components/ui/button';
import { budgetTotals, progressText } from './budgets-projects-rows';

export interface BudgetsProgressProps {
  /** The rows the filters select: the figures add these up. */
  rows: readonly ProjectBudgetRow[];
  total: number | null;
  loaded: number;
  complete: boolean;
  /** When the oldest row was read from upstream (Unix seconds). */
  asOf: number | null;
  refreshing: boolean;
  onRefresh: () => void;
  /** Why the reading stopped before the end, if it did. */
  failure: string | null;
  onResume: () => void;
  /** Shown at the right in every state (the CSV export). */
  actions: ReactNode;
}

const n = (x: number) => x.toLocaleString('en-US');

/** While pages arrive: how far the reading is. Then: what the rows add up to, and how fresh they are. */
export function BudgetsProgress({ rows, total, loaded, complete, asOf, refreshing, onRefresh, failure, onResume, actions }: BudgetsProgressProps) {
  if (failure)
    return (
      <div role="alert" className="border-danger/40 bg-danger/5 flex flex-wrap items-center justify-between gap-3 rounded-md border px-3 py-2 text-sm">
        <span>{complete ? `The budgets could not be read again: ${failure}` : `Reading stopped at ${n(loaded)} of ${n(total ?? loaded)} projects: ${failure}`}</span>
        <div className="flex items-center gap-2">
          <Button size="sm" variant="secondary" onClick={onResume}>
            {complete ? 'Try again' : 'Continue reading'}
          </Button>
          {actions}
        </div>
      </div>
    );
  if (!complete) {
    const share = total ? Math.round((loaded / total) * 100) : 0;
    return (
      <div className="space-y-1.5 text-sm">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="text-muted-foreground">
            {progressText(loaded, total)}
          </p>
          {actions}
        </div>
        <div role="progressbar" aria-label="Project budgets read" aria-valuemin={0} aria-valuemax={100} aria-valuenow={share} className="bg-muted h-1.5 w-full overflow-hidden rounded-full">
          <div className="bg-primary h-full transition-[width]" style={{ width: `${share}%` }} />
        </div>
      </div>
    );
  }
  const totals = budgetTotals(rows);
  return (
    <div className="text-muted-foreground flex flex-wrap items-center justify-between gap-3 text-sm">
      <p role="status">
        {totals.projects === loaded ? n(loaded) : `${n(totals.projects)} of ${n(loaded)}`} {loaded === 1 ? 'project' : 'projects'} · {n(totals.withLimit)} with a spend limit
        {totals.withLimit > 0 && ` (${formatCents(totals.limitsCents)} a month together)`} · {n(totals.withAlerts)} with spend alerts
        {totals.enforcing > 0 && <span className="text-danger"> · {n(totals.enforcing)} at their limit</span>}
        {totals.failed > 0 && <span className="text-danger"> · {n(totals.failed)} could not be read</span>}
      </p>
      <div className="flex items-center gap-2">
        {asOf !== null && (
          <span className="text-xs" title="Each project’s budgets are read from the organization and kept for a minute; changes made here show at once.">
            as of {formatDateTime(asOf)}
          </span>
        )}
        <Button size="sm" variant="ghost" onClick={onRefresh} pending={refreshing} aria-label="Refresh project budgets">
          {!refreshing && <RefreshCw className="size-4" aria-hidden />}
          Refresh
        </Button>
        {actions}
      </div>
    </div>
  );
}
