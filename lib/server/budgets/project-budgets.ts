import 'server-only';
import OpenAI from 'openai';
import {
  PROJECT_BUDGETS_MAX_PAGE_SIZE,
  PROJECT_BUDGETS_PAGE_SIZE,
  type ProjectBudgetRow,
  type ProjectBudgetsPage,
  type ProjectSpendAlert,
  type ProjectSpendLimit,
} from '@/lib/budgets/types';
import { describeUpstream, getConfig } from '../config';
import { MAX_AGE_MS, projectList, projectPart } from '../directory/directory';
import { all } from '../directory/load';
import { directoryRoute, RouteInputError } from '../directory/route';
import { cached } from '../directory/shared-cache';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { inUpstreamSlot } from '../upstream-gate';
import { integer, InsightQueryError } from '../usage/query';

/*
 * Every project's spend alerts and spend limit (the budgets table on /costs). The Admin API only
 * answers per project, two reads each, so the browser asks for the projects a page at a time and
 * the server reads each page's projects through the process-wide upstream gate (at most
 * UPSTREAM_SLOTS upstream reads at a time, whoever is watching). The project list is the
 * directory's names-only list; each project's answer is kept in the shared cache as the
 * directory's `budget` part of that project: many viewers cost one read per project per minute, a
 * change made through the console marks that project stale (invalidateAfter), and changes made
 * elsewhere show up within MAX_AGE_MS.
 */

interface ProjectBudget {
  limit: ProjectSpendLimit | null;
  alerts: ProjectSpendAlert[];
}

/** One project's limit (null when none: the API answers 404) and alerts, lowest threshold first. */
async function readProjectBudget(client: OpenAI, projectId: string): Promise<ProjectBudget> {
  const [limit, alerts] = await Promise.all([
    inUpstreamSlot(() =>
      client.admin.organization.projects.spendLimit.retrieve(projectId).catch((err: unknown) => {
        if (err instanceof OpenAI.NotFoundError) return null;
        throw err;
      }),
    ),
    all(() => client.admin.organization.projects.spendAlerts.list(projectId, { limit: 100 })),
  ]);
  return { limit, alerts: alerts.sort((a, b) => a.threshold_amount - b.threshold_amount) };
}

const projectBudget = (client: OpenAI, projectId: string) =>
  cached(projectPart('budget', projectId), MAX_AGE_MS, () => readProjectBudget(client, projectId));

function rowError(err: unknown): NonNullable<ProjectBudgetRow['error']> {
  const { error } = mapUpstreamError(err, false, describeUpstream(getConfig()));
  return { message: error.message, request_id: error.upstream_request_id ?? null };
}

/**
 * The budgets of projects `offset` … `offset + limit - 1`. A project that cannot be read gets a
 * row with its error (the table shows it there and offers to try again); only a failure to read
 * the project list itself fails the page.
 */
export async function readProjectBudgetsPage(client: OpenAI, offset: number, limit: number): Promise<ProjectBudgetsPage> {
  const list = await projectList(client);
  let oldest = list.asOf;
  const rows = await Promise.all(
    list.value.slice(offset, offset + limit).map(async (p): Promise<ProjectBudgetRow> => {
      const project = { id: p.id, name: p.name || p.id, archived: p.status === 'archived' };
      try {
        const budget = await projectBudget(client, p.id);
        oldest = Math.min(oldest, budget.asOf);
        return { project, limit: budget.value.limit, alerts: budget.value.alerts, error: null };
      } catch (err) {
        return { project, limit: null, alerts: [], error: rowError(err ?? new Error('unknown failure')) };
      }
    }),
  );
  return { total: list.value.length, offset, rows, as_of: Math.floor(oldest / 1000) };
}

function whole(search: URLSearchParams, name: string, fallback: number, max: number): number {
  try {
    return integer(search.get(name) || undefined, name, 0, max) ?? fallback;
  } catch (err) {
    throw err instanceof InsightQueryError ? new RouteInputError(err.message, err.param) : err;
  }
}

/** GET /api/budgets/projects?offset=&limit=: one page of the projects table (any signed-in console user). */
export const handleProjectBudgetsRequest = directoryRoute('project budgets', async (client, search) => {
  const limit = whole(search, 'limit', PROJECT_BUDGETS_PAGE_SIZE, PROJECT_BUDGETS_MAX_PAGE_SIZE) || PROJECT_BUDGETS_PAGE_SIZE;
  return readProjectBudgetsPage(client, whole(search, 'offset', 0, 1_000_000), limit);
});
