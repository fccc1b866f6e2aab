import 'server-only';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import { RouteInputError } from './route';

/*
 * The projects view over the directory's project list (archived ones included): status filter,
 * search by name or id, counts per status and one page after a cursor, computed on the server so
 * the browser receives only the rows it shows, whatever the organization's size.
 */

export const PROJECT_STATUSES = ['active', 'archived', 'all'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface ProjectsQuery {
  status: ProjectStatus;
  /** Lower-cased and trimmed; empty matches every project. */
  q: string;
  limit: number;
  /** The last project id of the previous page, or null for the first page. */
  after: string | null;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;
export const MAX_SEARCH = 200;
// Project ids are `proj_` and letters/digits upstream; anything else cannot be a cursor of ours.
const CURSOR = /^[A-Za-z0-9_-]{1,128}$/;
const KNOWN = new Set(['status', 'q', 'limit', 'after']);

/** One value of a parameter; twice is refused (which one was meant?). */
function single(search: URLSearchParams, name: string): string | null {
  const values = search.getAll(name);
  if (values.length > 1) throw new RouteInputError(`Give ${name} once (it was given ${values.length} times).`, name);
  return values[0] ?? null;
}

/**
 * Reads the query string. Unlike the members view's lenient parsing, a wrong value is refused
 * (400) before anything is read: these parameters come from the console's own pages, so a wrong one
 * is a bug or a hand-made link, and silently showing another page would hide it.
 */
export function parseProjectsQuery(search: URLSearchParams): ProjectsQuery {
  for (const name of search.keys())
    if (!KNOWN.has(name))
      throw new RouteInputError(`Unknown parameter ${name}: this list takes status, q, limit and after.`, name);
  const status = single(search, 'status') || 'active';
  if (!(PROJECT_STATUSES as readonly string[]).includes(status))
    throw new RouteInputError(`status must be active, archived or all (it was “${status.slice(0, 40)}”).`, 'status');
  const q = (single(search, 'q') ?? '').trim();
  if (q.length > MAX_SEARCH) throw new RouteInputError(`The search is too long: at most ${MAX_SEARCH} characters.`, 'q');
  const limitText = single(search, 'limit');
  const limit = limitText === null || limitText === '' ? DEFAULT_PAGE : Number(limitText);
  if (!/^\d*$/.test(limitText ?? '') || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
    throw new RouteInputError(`limit must be a whole number from 1 to ${MAX_PAGE}.`, 'limit');
  const after = single(search, 'after') || null;
  if (after !== null && !CURSOR.test(after))
    throw new RouteInputError('after must be a project id from the previous page (proj_…).', 'after');
  return { status: status as ProjectStatus, q: q.toLowerCase(), limit, after };
}

export interface ProjectsPage {
  data: Project[];
  /** Projects the status and search select, on every page. */
  total: number;
  /** Projects per status over the search (the filter's counts). */
  counts: Record<ProjectStatus, number>;
  has_more: boolean;
  /** The cursor (`after`) of the next page, when there is one. */
  last_id: string | null;
}

/** Newest first, so a project just created is on the first page; the id breaks ties. */
function newestFirst(a: Project, b: Project): number {
  return b.created_at - a.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const isArchived = (project: Project) => project.status === 'archived';

export function queryProjects(projects: readonly Project[], query: ProjectsQuery): ProjectsPage {
  const searched = query.q
    ? projects.filter((p) => (p.name ?? '').toLowerCase().includes(query.q) || p.id.toLowerCase().includes(query.q))
    : projects;
  const archived = searched.filter(isArchived).length;
  const counts = { active: searched.length - archived, archived, all: searched.length };
  const selected = [...searched.filter((p) => query.status === 'all' || (query.status === 'archived') === isArchived(p))].sort(newestFirst);

  let start = 0;
  if (query.after !== null) {
    // The cursor's place in the whole list, so it holds even when that project left the selection
    // since (archived, renamed out of the search): the page starts right after where it was.
    const cursor = projects.find((p) => p.id === query.after);
    if (!cursor)
      throw new RouteInputError(`No project ${query.after} is known, so the next page cannot be found. Load the list again from the first page.`, 'after');
    start = selected.findIndex((p) => newestFirst(p, cursor) > 0);
    if (start === -1) start = selected.length;
  }
  const data = selected.slice(start, start + query.limit);
  const hasMore = start + query.limit < selected.length;
  return { data, total: selected.length, counts, has_more: hasMore, last_id: hasMore ? (data.at(-1)?.id ?? null) : null };
}
