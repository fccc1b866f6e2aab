import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectDataRetention } from 'openai/resources/admin/organization/projects/data-retention';
import { toast } from 'sonner';
import { adminFetch } from './admin-fetch';
import { refreshAfterChange } from './refresh';

export type { ProjectDataRetention };
export type RetentionType = ProjectDataRetention['type'];

export const projectSettingsKeys = {
  all: ['project-settings'] as const,
  retention: (id: string) => [...projectSettingsKeys.all, id, 'data_retention'] as const,
  organizationRetention: () => [...projectSettingsKeys.all, 'organization', 'data_retention'] as const,
};

const retentionPath = (id: string) => `/organization/projects/${encodeURIComponent(id)}/data_retention`;

/** The project's data retention setting. */
export function projectRetentionOptions(id: string) {
  return queryOptions({
    queryKey: projectSettingsKeys.retention(id),
    queryFn: ({ signal }) => adminFetch<ProjectDataRetention>(retentionPath(id), { signal }),
  });
}

/** The organization's own setting: what "organization default" means for a project. */
export function organizationRetentionOptions() {
  return queryOptions({
    queryKey: projectSettingsKeys.organizationRetention(),
    queryFn: ({ signal }) => adminFetch<{ type: string }>('/organization/data_retention', { signal }),
  });
}

/** Changes it; the answer is the new setting, written straight into the cache. Errors are shown by the dialog that asked. */
export function useUpdateProjectRetention(id: string, describe: (type: RetentionType) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (type: RetentionType) =>
      adminFetch<ProjectDataRetention>(retentionPath(id), { method: 'POST', body: { retention_type: type } }),
    onSuccess: async (setting) => {
      queryClient.setQueryData(projectSettingsKeys.retention(id), setting);
      toast.success(`Data retention is now “${describe(setting.type)}”.`);
      await refreshAfterChange(queryClient, { queryKey: projectSettingsKeys.retention(id) });
    },
  });
}
