import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import type { ListPage } from '@/lib/admin/types';
import { toast } from 'sonner';
import { adminFetch } from './admin-fetch';
import { refreshAfterChange } from './refresh';

export type { Project };

/** Query keys for projects: every key starts with projectKeys.all, so one invalidation covers all. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (filters: { includeArchived: boolean }) => [...projectKeys.lists(), filters] as const,
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

/** A project change: toasts success and refreshes every project list. Errors are shown by the form that asked. */
function useProjectMutation<Vars>(
  mutationFn: (vars: Vars) => Promise<Project>,
  success: (project: Project) => string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (project) => {
      toast.success(success(project));
      await refreshAfterChange(queryClient, { queryKey: projectKeys.all });
    },
  });
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
