import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import type { ListPage } from '@/lib/admin/types';
import { adminFetch, consoleFetch } from './admin-fetch';
import { useChange } from './use-change';

export type { Project };

/** Query keys for projects: every key starts with projectKeys.all, so one invalidation covers all. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (filters: { includeArchived: boolean }) => [...projectKeys.lists(), filters] as const,
  /** The projects page's view, paged on the server (app/api/directory/projects). */
  view: (filters: ProjectsFilters) => [...projectKeys.all, 'view', filters] as const,
  detail: (id: string) => [...projectKeys.all, 'detail', id] as const,
};

/** One project (its page's header and every tab that needs its state). */
export function projectOptions(id: string) {
  return queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => adminFetch<Project>(`/organization/projects/${encodeURIComponent(id)}`, { signal }),
  });
}

const PAGE_SIZE = 100;

/** Projects, page by page as the API gives them (cursor `after`). */
export function projectsListOptions(includeArchived = true) {
  return infiniteQueryOptions({
    queryKey: projectKeys.list({ includeArchived }),
    queryFn: ({ pageParam, signal }) =>
      adminFetch<ListPage<Project>>('/organization/projects', {
        query: { limit: PAGE_SIZE, include_archived: includeArchived, after: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.last_id ? last.last_id : undefined),
  });
}

export type ProjectStatus = 'active' | 'archived' | 'all';

export interface ProjectsFilters {
  status: ProjectStatus;
  /** The search over names and ids, as typed (the server ignores case and surrounding spaces). */
  q: string;
}

/** One page of GET /api/directory/projects. */
export interface ProjectsPage {
  object: 'list';
  data: Project[];
  /** Projects the status and search select. */
  total: number;
  /** Projects per status over the search. */
  counts: Record<ProjectStatus, number>;
  has_more: boolean;
  last_id: string | null;
  /** When the server's copy of the list was read from the organization (Unix seconds). */
  as_of: number;
}

export const PROJECTS_PAGE_SIZE = 50;

/**
 * The projects page: filtered and searched over every project on the server, newest first, one
 * page of PROJECTS_PAGE_SIZE per request and more on demand (cursor `after`); never the whole list.
 */
export function projectsViewOptions(filters: ProjectsFilters) {
  return infiniteQueryOptions({
    queryKey: projectKeys.view(filters),
    queryFn: ({ pageParam, signal }) =>
      consoleFetch<ProjectsPage>('/api/directory/projects', {
        query: { status: filters.status, q: filters.q.trim() || undefined, limit: PROJECTS_PAGE_SIZE, after: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.last_id ? last.last_id : undefined),
    // A new search or filter keeps the rows on screen until its answer arrives.
    placeholderData: keepPreviousData,
  });
}

/** A project change: toasts success and refreshes every project list. Errors are shown by the form that asked. */
function useProjectMutation<Vars>(
  mutationFn: (vars: Vars) => Promise<Project>,
  success: (project: Project) => string,
) {
  return useChange({ mutationFn, success, refresh: () => [{ queryKey: projectKeys.all }] });
}

export function useCreateProject() {
  return useProjectMutation(
    (body: { name: string }) =>
      adminFetch<Project>('/organization/projects', { method: 'POST', body }),
    (project) => `Project “${project.name}” created.`,
  );
}

export function useRenameProject() {
  return useProjectMutation(
    ({ id, name }: { id: string; name: string }) =>
      adminFetch<Project>(`/organization/projects/${encodeURIComponent(id)}`, {
        method: 'POST',
        body: { name },
      }),
    (project) => `Project renamed to “${project.name}”.`,
  );
}

export function useArchiveProject() {
  return useProjectMutation(
    ({ id }: { id: string }) =>
      adminFetch<Project>(`/organization/projects/${encodeURIComponent(id)}/archive`, {
        method: 'POST',
      }),
    (project) => `Project “${project.name}” archived.`,
  );
}
