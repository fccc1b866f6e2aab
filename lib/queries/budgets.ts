import { infiniteQueryOptions, queryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SpendAlertBody, SpendLimitBody } from '@/lib/admin/fields';
import {
  PROJECT_BUDGETS_PAGE_SIZE,
  type ProjectBudgetRow,
  type ProjectBudgetsPage,
  type SpendAlert,
  type SpendLimit,
} from '@/lib/budgets/types';
import { formatCents } from '@/lib/format/money';
import { adminFetch, consoleFetch, ConsoleApiError, readAllPages } from './admin-fetch';
import { useFollowPages } from './use-load-all';
import { useChange } from './use-change';

export type { SpendAlert, SpendLimit };

/*
 * Budgets: spend alerts and the hard spend limit of the organization (the budgets section of
 * /costs) or of one project (its Spend alerts tab), and every project's in one table. The same
 * hooks serve both levels; a scope says whose.
 */

export type BudgetScope = { level: 'organization' } | { level: 'project'; projectId: string };
export const ORGANIZATION_SCOPE: BudgetScope = { level: 'organization' };

export const budgetKeys = {
  all: ['budgets'] as const,
  scope: (scope: BudgetScope) =>
    scope.level === 'organization'
      ? ([...budgetKeys.all, 'organization'] as const)
      : ([...budgetKeys.all, 'project', scope.projectId] as const),
  spendAlerts: (scope: BudgetScope) => [...budgetKeys.scope(scope), 'spend-alerts'] as const,
  spendLimit: (scope: BudgetScope) => [...budgetKeys.scope(scope), 'spend-limit'] as const,
  /** Every project's budgets (the table on /costs), read page by page. */
  projects: () => [...budgetKeys.all, 'projects'] as const,
};

const enc = encodeURIComponent;
const basePath = (scope: BudgetScope) =>
  scope.level === 'organization'
    ? '/organization'
    : `/organization/projects/${enc(scope.projectId)}`;

/** Every spend alert (the list takes at most 100 a page), lowest threshold first. */
export function spendAlertsOptions(scope: BudgetScope) {
  return queryOptions({
    queryKey: budgetKeys.spendAlerts(scope),
    queryFn: async ({ signal }) => {
      const out = await readAllPages<SpendAlert>(`${basePath(scope)}/spend_alerts`, 100, signal);
      return out.sort((a, b) => a.threshold_amount - b.threshold_amount);
    },
  });
}

/** The hard spend limit, or null when none is set (the API answers 404). */
export function spendLimitOptions(scope: BudgetScope) {
  return queryOptions({
    queryKey: budgetKeys.spendLimit(scope),
    queryFn: async ({ signal }) => {
      try {
        return await adminFetch<SpendLimit>(`${basePath(scope)}/spend_limit`, { signal });
      } catch (err) {
        if (err instanceof ConsoleApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}

/** Every project's budgets, `PROJECT_BUDGETS_PAGE_SIZE` projects a page (see useProjectBudgets). */
export function projectBudgetsOptions() {
  return infiniteQueryOptions({
    queryKey: budgetKeys.projects(),
    queryFn: ({ pageParam, signal }) =>
      consoleFetch<ProjectBudgetsPage>('/api/budgets/projects', {
        query: { offset: pageParam, limit: PROJECT_BUDGETS_PAGE_SIZE },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.rows.length;
      return last.rows.length > 0 && next < last.total ? next : undefined;
    },
    staleTime: 60_000,
    // Refetching means every page again: on demand (the Refresh button, a change), not on focus.
    refetchOnWindowFocus: false,
  });
}

/**
 * A budget change: toasts the outcome and refreshes what it touched (a project's change also the
 * projects table). Errors are shown by whoever asked.
 */
function useBudgetMutation<Vars, Result>(
  scope: BudgetScope,
  key: readonly unknown[],
  mutationFn: (vars: Vars) => Promise<Result>,
  success: (result: Result, vars: Vars) => string,
) {
  return useChange({
    mutationFn,
    success,
    refresh: () => [
      { queryKey: key },
      ...(scope.level === 'project' ? [{ queryKey: budgetKeys.projects() }] : []),
    ],
    refreshAfterFailure: true,
  });
}

const ownerNoun = (scope: BudgetScope) =>
  scope.level === 'organization' ? 'The organization' : 'The project';

export function useSaveSpendAlert(scope: BudgetScope) {
  return useBudgetMutation(
    scope,
    budgetKeys.spendAlerts(scope),
    ({ id, body }: { id: string | null; body: SpendAlertBody }) =>
      adminFetch<SpendAlert>(`${basePath(scope)}/spend_alerts${id ? `/${enc(id)}` : ''}`, {
        method: 'POST',
        body,
      }),
    (alert, { id }) =>
      `Spend alert at ${formatCents(alert.threshold_amount, alert.currency)} ${id ? 'saved' : 'created'}.`,
  );
}

export function useDeleteSpendAlert(scope: BudgetScope) {
  return useBudgetMutation(
    scope,
    budgetKeys.spendAlerts(scope),
    (alert: SpendAlert) =>
      adminFetch(`${basePath(scope)}/spend_alerts/${enc(alert.id)}`, { method: 'DELETE' }),
    (_, alert) => `Spend alert at ${formatCents(alert.threshold_amount, alert.currency)} deleted.`,
  );
}

export function useSetSpendLimit(scope: BudgetScope) {
  return useBudgetMutation(
    scope,
    budgetKeys.spendLimit(scope),
    (body: SpendLimitBody) =>
      adminFetch<SpendLimit>(`${basePath(scope)}/spend_limit`, { method: 'POST', body }),
    (limit) => `Spend limit set to ${formatCents(limit.threshold_amount, limit.currency)} a month.`,
  );
}

export function useRemoveSpendLimit(scope: BudgetScope) {
  return useBudgetMutation(
    scope,
    budgetKeys.spendLimit(scope),
    () => adminFetch(`${basePath(scope)}/spend_limit`, { method: 'DELETE' }),
    () => `Spend limit removed. ${ownerNoun(scope)} can spend without a hard cap.`,
  );
}

/**
 * Every project's budgets, read page after page until all are in, one request at a time (the
 * server bounds the upstream reads): rows show as they arrive, and `loaded` / `total` drive the
 * progress line. A failed page stops the reading; `query.fetchNextPage()` resumes it.
 */
export function useProjectBudgets() {
  const query = useInfiniteQuery(projectBudgetsOptions());
  // Not useLoadAll: these pages hold `rows` (read by offset), not a cursor list's `data`.
  useFollowPages(query);
  const pages = query.data?.pages;
  // By project id: were a project added while reading moved a page boundary, a row read twice shows once.
  const rows = useMemo(() => {
    const byId = new Map<string, ProjectBudgetRow>();
    for (const page of pages ?? []) for (const row of page.rows) byId.set(row.project.id, row);
    return [...byId.values()];
  }, [pages]);
  const total = pages?.[0]?.total ?? null;
  const asOf = pages && pages.length > 0 ? Math.min(...pages.map((page) => page.as_of)) : null;
  return {
    query,
    rows,
    total,
    loaded: rows.length,
    complete: total !== null && !query.hasNextPage,
    asOf,
  };
}
