import 'server-only';
import OpenAI from 'openai';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import {
  PROJECT_BUDGETS_MAX_PAGE_SIZE,
  PROJECT_BUDGETS_PAGE_SIZE,
  type ProjectBudgetRow,
  type ProjectBudgetsPage,
  type ProjectSpendAlert,
  type ProjectSpendLimit,
} from '@/lib/budgets/types';
import { mapLimit } from '@/lib/format/map-limit';
import { describeUpstream, getConfig } from '../config';
import { MAX_AGE_MS } from '../directory/directory';
import { UPSTREAM_CONCURRENCY } from '../directory/load';
import { directoryRoute, RouteInputError } from '../directory/route';
import { cached, invalidate } from '../directory/shared-cache';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { withUpstreamSlot } from './upstream-gate';

/*
 * Every project's spend alerts and spend limit (the budgets table on /costs). The Admin API only
 * answers per project, two reads each, so the browser asks for the projects a page at a time and
 * the server reads each page's projects through one process-wide gate (at most
 * UPSTREAM_CONCURRENCY upstream reads at a time, whoever is watching). Each project's answer is
 * kept in the shared cache: many viewers cost one read per project per minute, a change made
 * through the console marks that project stale (forgetBudgetsAfter), and changes made elsewhere
 * show up within MAX_AGE_MS.
 */

const PROJECTS_PART = 'budgets.projects';
const projectPart = (projectId: string) => `budgets.project.${projectId}`;

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) out.push(item);
  return out;
}

/** The organization's projects, archived ones included, in the API's order (names only: no members). */
const projects = (client: OpenAI) =>
  cached(PROJECTS_PART, MAX_AGE_MS, () => all(client.admin.organization.projects.list({ limit: 100, include_archived: true })));

interface ProjectBudget {
  limit: ProjectSpendLimit | null;
  alerts: ProjectSpendAlert[];
}

/** One project's limit (null when none: the API answers 404) and alerts, lowest threshold first. */
async function readProjectBudget(client: OpenAI, projectId: string): Promise<ProjectBudget> {
  const [limit, alerts] = await Promise.all([
    withUpstreamSlot(() =>
      client.admin.organization.projects.spendLimit.retrieve(projectId).catch((err: unknown) => {
        if (err instanceof OpenAI.NotFoundError) return null;
        throw err;
      }),
    ),
    withUpstreamSlot(() => all(client.admin.organization.projects.spendAlerts.list(projectId, { limit: 100 }))),
  ]);
  return { limit, alerts: alerts.sort((a, b) => a.threshold_amount - b.threshold_amount) };
}

const projectBudget = (client: OpenAI, projectId: string) =>
  cached(projectPart(projectId), MAX_AGE_MS, () => readProjectBudget(client, projectId));

function rowError(err: unknown): NonNullable<ProjectBudgetRow['error']> {
  const { error } = mapUpstreamError(err, false, describeUpstream(getConfig()));
  return { message: error.message, request_id: error.upstream_request_id ?? null };
}

/**
 * The budgets of projects `offset` … `offset + limit - 1`. A project that cannot be read gets a
 * row with its error; when every project of the page fails (upstream down, say), the page fails.
 */
export async function readProjectBudgetsPage(client: OpenAI, offset: number, limit: number): Promise<ProjectBudgetsPage> {
  const list = await projects(client);
  const slice: Project[] = list.value.slice(offset, offset + limit);
  let oldest = list.asOf;
  const settled = await mapLimit(slice, UPSTREAM_CONCURRENCY, async (project) => {
    try {
      return { project, budget: await projectBudget(client, project.id), failure: null };
    } catch (err) {
      return { project, budget: null, failure: err ?? new Error('unknown failure') };
    }
  });
  const failed = settled.filter((s) => s.budget === null);
  if (failed.length > 0 && failed.length === settled.length) throw failed[0]?.failure;
  const rows = settled.map(({ project: p, budget, failure }): ProjectBudgetRow => {
    const project = { id: p.id, name: p.name || p.id, archived: p.status === 'archived' };
    if (!budget) return { project, limit: null, alerts: [], error: rowError(failure) };
    oldest = Math.min(oldest, budget.asOf);
    return { project, limit: budget.value.limit, alerts: budget.value.alerts, error: null };
  });
  return { total: list.value.length, offset, rows, as_of: Math.floor(oldest / 1000) };
}

/** Marks what a change made through the console touched as stale (called by the admin proxy). */
export function forgetBudgetsAfter(operation: string, params: Readonly<Record<string, string>>): void {
  if (operation.startsWith('projects.spendAlerts.') || operation.startsWith('projects.spendLimit.')) {
    if (params.project_id) invalidate(projectPart(params.project_id));
  }
  if (['projects.create', 'projects.update', 'projects.archive'].includes(operation)) invalidate(PROJECTS_PART);
}

function whole(search: URLSearchParams, name: string, fallback: number, max: number): number {
  const text = search.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw new RouteInputError(`${name} must be a whole number from 0 to ${max}.`, name);
  return value;
}

/** GET /api/budgets/projects?offset=&limit=: one page of the projects table (any signed-in console user). */
export const handleProjectBudgetsRequest = directoryRoute('project budgets', async (client, search) => {
  const limit = whole(search, 'limit', PROJECT_BUDGETS_PAGE_SIZE, PROJECT_BUDGETS_MAX_PAGE_SIZE) || PROJECT_BUDGETS_PAGE_SIZE;
  return readProjectBudgetsPage(client, whole(search, 'offset', 0, 1_000_000), limit);
});
