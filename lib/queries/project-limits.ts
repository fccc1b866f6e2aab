import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectAPIKey as ProjectApiKey } from 'openai/resources/admin/organization/projects/api-keys';
import type { ProjectHostedToolPermissions } from 'openai/resources/admin/organization/projects/hosted-tool-permissions';
import type {
  ProjectModelPermissions as ModelPolicy,
  ProjectModelPermissionsDeleted,
} from 'openai/resources/admin/organization/projects/model-permissions';
import type { ProjectRateLimit } from 'openai/resources/admin/organization/projects/rate-limits';
import { toast } from 'sonner';
import { adminFetch, readAllPages } from './admin-fetch';
import { refreshAfterChange } from './refresh';
import { useChange } from './use-change';

export type { ModelPolicy, ProjectApiKey, ProjectHostedToolPermissions, ProjectRateLimit };

/** A project's hosted tool switches, by the API's tool name (`code_interpreter`, `mcp`, …). */
export type HostedTools = Record<string, { enabled: boolean }>;
export type ModelPolicyBody = Pick<ModelPolicy, 'mode' | 'model_ids'>;

/** One result of the completions usage grouped by key and model (the fields the preview reads). */
export interface UsageRow {
  api_key_id?: string | null;
  model?: string | null;
  num_model_requests: number;
}
/** Which buckets of usage to read: daily ones from `start_time` (seconds). */
export interface UsageWindow {
  start_time: number;
  bucket_width: '1d';
  limit: number;
}
interface UsagePage {
  data: { start_time: number; end_time: number; results: UsageRow[] }[];
  has_more: boolean;
  next_page: string | null;
}

/** Query keys for a project's limits and permissions: every key starts with projectLimitKeys.all. */
export const projectLimitKeys = {
  all: ['project-limits'] as const,
  project: (id: string) => [...projectLimitKeys.all, id] as const,
  rateLimits: (id: string) => [...projectLimitKeys.project(id), 'rate-limits'] as const,
  modelPolicy: (id: string) => [...projectLimitKeys.project(id), 'model-permissions'] as const,
  hostedTools: (id: string) => [...projectLimitKeys.project(id), 'hosted-tools'] as const,
  apiKeys: (id: string) => [...projectLimitKeys.project(id), 'api-keys'] as const,
  keyUsage: (id: string, window: UsageWindow) => [...projectLimitKeys.project(id), 'key-usage', window] as const,
};

const projectPath = (id: string) => `/organization/projects/${encodeURIComponent(id)}`;

/** Every rate limit of the project (one per model), all pages. */
export function rateLimitsOptions(projectId: string) {
  return queryOptions({
    queryKey: projectLimitKeys.rateLimits(projectId),
    queryFn: ({ signal }) => readAllPages<ProjectRateLimit>(`${projectPath(projectId)}/rate_limits`, 100, signal),
  });
}

export function modelPolicyOptions(projectId: string) {
  return queryOptions({
    queryKey: projectLimitKeys.modelPolicy(projectId),
    queryFn: ({ signal }) => adminFetch<ModelPolicy>(`${projectPath(projectId)}/model_permissions`, { signal }),
  });
}

export function hostedToolsOptions(projectId: string) {
  return queryOptions({
    queryKey: projectLimitKeys.hostedTools(projectId),
    queryFn: ({ signal }) =>
      adminFetch<HostedTools>(`${projectPath(projectId)}/hosted_tool_permissions`, { signal }),
  });
}

/** The project's API keys (names and owners for the blocked-keys preview). */
export function projectApiKeysOptions(projectId: string) {
  return queryOptions({
    queryKey: projectLimitKeys.apiKeys(projectId),
    queryFn: ({ signal }) => readAllPages<ProjectApiKey>(`${projectPath(projectId)}/api_keys`, 100, signal),
  });
}

/** Completions usage of the project grouped by key and model, every bucket from `window`, flattened. */
export function keyUsageOptions(projectId: string, window: UsageWindow) {
  return queryOptions({
    queryKey: projectLimitKeys.keyUsage(projectId, window),
    queryFn: async ({ signal }) => {
      const rows: UsageRow[] = [];
      let page: string | undefined;
      for (;;) {
        const answer = await adminFetch<UsagePage>('/organization/usage/completions', {
          query: { ...window, project_ids: [projectId], group_by: ['api_key_id', 'model'], page },
          signal,
        });
        for (const bucket of answer.data) rows.push(...bucket.results);
        if (!answer.has_more || !answer.next_page || answer.next_page === page) return rows;
        page = answer.next_page;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useUpdateRateLimit(projectId: string) {
  return useChange({
    mutationFn: ({ limit, body }: { limit: ProjectRateLimit; body: Record<string, number> }) =>
      adminFetch<ProjectRateLimit>(
        `${projectPath(projectId)}/rate_limits/${encodeURIComponent(limit.id)}`,
        { method: 'POST', body },
      ),
    success: (updated) => `Rate limits for ${updated.model} saved.`,
    // After a failure too: an unknown outcome is settled by what the list now says.
    refresh: () => [{ queryKey: projectLimitKeys.rateLimits(projectId) }],
    refreshAfterFailure: true,
  });
}

export function useUpdateModelPolicy(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModelPolicyBody) =>
      adminFetch<ModelPolicy>(`${projectPath(projectId)}/model_permissions`, { method: 'POST', body }),
    onSuccess: (policy) => {
      queryClient.setQueryData(projectLimitKeys.modelPolicy(projectId), policy);
      toast.success(
        policy.mode === 'allow_list'
          ? `Model access saved: an allow list of ${policy.model_ids.length} model${policy.model_ids.length === 1 ? '' : 's'}.`
          : `Model access saved: a deny list of ${policy.model_ids.length} model${policy.model_ids.length === 1 ? '' : 's'}.`,
      );
    },
    onSettled: () => refreshAfterChange(queryClient, { queryKey: projectLimitKeys.modelPolicy(projectId) }),
  });
}

export function useRemoveModelPolicy(projectId: string) {
  return useChange({
    mutationFn: () =>
      adminFetch<ProjectModelPermissionsDeleted>(`${projectPath(projectId)}/model_permissions`, { method: 'DELETE' }),
    success: () => 'Model access policy removed: every model is allowed.',
    refresh: () => [{ queryKey: projectLimitKeys.modelPolicy(projectId) }],
    refreshAfterFailure: true,
  });
}

export function useSetHostedTool(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tool, enabled }: { tool: string; label: string; enabled: boolean }) =>
      adminFetch<HostedTools>(`${projectPath(projectId)}/hosted_tool_permissions`, {
        method: 'POST',
        body: { [tool]: { enabled } },
      }),
    onSuccess: (tools, { label, enabled }) => {
      queryClient.setQueryData(projectLimitKeys.hostedTools(projectId), tools);
      toast.success(`${label} turned ${enabled ? 'on' : 'off'} for this project.`);
    },
    onSettled: () => refreshAfterChange(queryClient, { queryKey: projectLimitKeys.hostedTools(projectId) }),
  });
}
