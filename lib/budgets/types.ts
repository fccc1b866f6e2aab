import type { OrganizationSpendAlert } from 'openai/resources/admin/organization/spend-alerts';
import type { OrganizationSpendLimit } from 'openai/resources/admin/organization/spend-limit';
import type { ProjectSpendAlert } from 'openai/resources/admin/organization/projects/spend-alerts';
import type { ProjectSpendLimit } from 'openai/resources/admin/organization/projects/spend-limit';

/*
 * Budgets: spend alerts (emails at monthly thresholds) and hard spend limits, of the organization
 * and of each project. Shared by the server (GET /api/budgets/projects) and the browser.
 */

export type { OrganizationSpendAlert, OrganizationSpendLimit, ProjectSpendAlert, ProjectSpendLimit };

/** An alert or a limit of either level: the fields the console reads are the same. */
export type SpendAlert = OrganizationSpendAlert | ProjectSpendAlert;
export type SpendLimit = OrganizationSpendLimit | ProjectSpendLimit;

/** Projects per page of GET /api/budgets/projects (two upstream reads each). */
export const PROJECT_BUDGETS_PAGE_SIZE = 25;
/** The most a page may ask for. */
export const PROJECT_BUDGETS_MAX_PAGE_SIZE = 100;

/** One project's budgets as the projects table shows them. */
export interface ProjectBudgetRow {
  project: { id: string; name: string; archived: boolean };
  /** Null when the project has no hard limit (or it could not be read: see `error`). */
  limit: ProjectSpendLimit | null;
  /** Lowest threshold first. */
  alerts: ProjectSpendAlert[];
  /** Set when this project's budgets could not be read; the rest of the page still answers. */
  error: { message: string; request_id: string | null } | null;
}

/** A page of GET /api/budgets/projects?offset=&limit= (projects in the API's order). */
export interface ProjectBudgetsPage {
  /** How many projects the organization has, archived included. */
  total: number;
  offset: number;
  rows: ProjectBudgetRow[];
  /** When the oldest row of the page was read from upstream (Unix seconds). */
  as_of: number;
}

/** What the console role of the person may do on the budgets section (from `mayCall`). */
export interface BudgetsCan {
  createAlert: boolean;
  updateAlert: boolean;
  deleteAlert: boolean;
  setLimit: boolean;
  removeLimit: boolean;
}
