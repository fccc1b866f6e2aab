import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  APIKeyDeleteResponse,
  ProjectAPIKey,
} from 'openai/resources/admin/organization/projects/api-keys';
import type { APIKeyCreateResponse } from 'openai/resources/admin/organization/projects/service-accounts/api-keys';
import type {
  ProjectServiceAccount,
  ServiceAccountCreateResponse,
  ServiceAccountDeleteResponse,
} from 'openai/resources/admin/organization/projects/service-accounts/service-accounts';
import { toast } from 'sonner';
import type { ListPage } from '@/lib/admin/types';
import { adminFetch, describeError } from './admin-fetch';
import { refreshAfterChange } from './refresh';
import { useChange } from './use-change';

export type { ProjectAPIKey, ProjectServiceAccount };

/*
 * A project's service accounts and API keys. Secrets returned on create (a service account's
 * first key, a new key) are handed to a callback for the one dialog that shows them and are never
 * part of a mutation's result: React Query keeps results in its cache.
 */

export const projectKeysKeys = {
  all: ['project-keys'] as const,
  project: (projectId: string) => [...projectKeysKeys.all, projectId] as const,
  serviceAccounts: (projectId: string) => [...projectKeysKeys.project(projectId), 'service-accounts'] as const,
  apiKeys: (projectId: string) => [...projectKeysKeys.project(projectId), 'api-keys'] as const,
};

const PAGE_SIZE = 100;
const base = (projectId: string) => `/organization/projects/${encodeURIComponent(projectId)}`;

/** The project's service accounts, page by page (views load every page). */
export function serviceAccountsOptions(projectId: string, enabled = true) {
  return infiniteQueryOptions({
    queryKey: projectKeysKeys.serviceAccounts(projectId),
    queryFn: ({ pageParam, signal }) =>
      adminFetch<ListPage<ProjectServiceAccount>>(`${base(projectId)}/service_accounts`, {
        query: { limit: PAGE_SIZE, after: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.last_id ? last.last_id : undefined),
    enabled,
  });
}

/** Every API key of the project, whether or not its owner can still use the project. */
export function projectApiKeysOptions(projectId: string) {
  return infiniteQueryOptions({
    queryKey: projectKeysKeys.apiKeys(projectId),
    queryFn: ({ pageParam, signal }) =>
      adminFetch<ListPage<ProjectAPIKey>>(`${base(projectId)}/api_keys`, {
        query: { limit: PAGE_SIZE, after: pageParam, owner_project_access: 'any' },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.last_id ? last.last_id : undefined),
  });
}

/** A new secret, for the dialog that shows it once. */
export interface NewSecret {
  keyName: string;
  ownerName: string;
  value: string;
}

function useInvalidateProjectKeys(projectId: string) {
  const queryClient = useQueryClient();
  return () => refreshAfterChange(queryClient, { queryKey: projectKeysKeys.project(projectId) });
}

export function useCreateServiceAccount(projectId: string, onSecret: (secret: NewSecret) => void) {
  const invalidate = useInvalidateProjectKeys(projectId);
  return useMutation({
    mutationFn: async ({ name }: { name: string }): Promise<ProjectServiceAccount> => {
      const created = await adminFetch<ServiceAccountCreateResponse>(`${base(projectId)}/service_accounts`, {
        method: 'POST',
        body: { name },
      });
      const { api_key: apiKey, ...account } = created;
      if (apiKey) onSecret({ keyName: apiKey.name, ownerName: account.name, value: apiKey.value });
      return account;
    },
    gcTime: 0,
    onSuccess: (account) => toast.success(`Service account “${account.name}” created.`),
    // After a failure too: when the outcome is unknown, the list shows whether it exists.
    onSettled: invalidate,
  });
}

export function useUpdateServiceAccount(projectId: string) {
  return useChange({
    mutationFn: ({ id, ...body }: { id: string; name?: string; role?: 'member' | 'owner' }) =>
      adminFetch<ProjectServiceAccount>(`${base(projectId)}/service_accounts/${encodeURIComponent(id)}`, {
        method: 'POST',
        body,
      }),
    success: (account) => `Service account “${account.name}” saved (role ${account.role}).`,
    refresh: () => [{ queryKey: projectKeysKeys.project(projectId) }],
  });
}

export function useDeleteServiceAccount(projectId: string) {
  return useChange({
    mutationFn: (account: Pick<ProjectServiceAccount, 'id' | 'name'>) =>
      adminFetch<ServiceAccountDeleteResponse>(`${base(projectId)}/service_accounts/${encodeURIComponent(account.id)}`, {
        method: 'DELETE',
      }),
    success: (_deleted, account) => `Service account “${account.name}” deleted. Its keys no longer work.`,
    refresh: () => [{ queryKey: projectKeysKeys.project(projectId) }],
  });
}

export interface NewServiceAccountKey {
  account: ProjectServiceAccount;
  name?: string;
  scopes?: string[];
}

export function useCreateServiceAccountKey(projectId: string, onSecret: (secret: NewSecret) => void) {
  const invalidate = useInvalidateProjectKeys(projectId);
  return useMutation({
    mutationFn: async ({ account, name, scopes }: NewServiceAccountKey): Promise<{ id: string; name: string }> => {
      const created = await adminFetch<APIKeyCreateResponse>(
        `${base(projectId)}/service_accounts/${encodeURIComponent(account.id)}/api_keys`,
        { method: 'POST', body: { ...(name ? { name } : {}), ...(scopes && scopes.length > 0 ? { scopes } : {}) } },
      );
      onSecret({ keyName: created.name, ownerName: account.name, value: created.value });
      return { id: created.id, name: created.name };
    },
    gcTime: 0,
    onSuccess: (key, { account }) => toast.success(`Key “${key.name}” created for ${account.name}.`),
    onSettled: invalidate,
  });
}

const deleteKey = (projectId: string, key: ProjectAPIKey) =>
  adminFetch<APIKeyDeleteResponse>(`${base(projectId)}/api_keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' });

export function useRevokeApiKey(projectId: string) {
  const invalidate = useInvalidateProjectKeys(projectId);
  return useMutation({
    mutationFn: (key: ProjectAPIKey) => deleteKey(projectId, key),
    onSuccess: async (_deleted, key) => {
      toast.success(`Key “${key.name}” revoked. It no longer works.`);
      await invalidate();
    },
  });
}

export type RevokeOutcome = { key: ProjectAPIKey; ok: true } | { key: ProjectAPIKey; ok: false; error: string };

/**
 * Revokes several keys, one request after another (each its own journal entry), and reports
 * every key's outcome: one failure does not stop the rest.
 */
export function useRevokeApiKeys(projectId: string) {
  const invalidate = useInvalidateProjectKeys(projectId);
  return useMutation({
    mutationFn: async (keys: readonly ProjectAPIKey[]): Promise<RevokeOutcome[]> => {
      const outcomes: RevokeOutcome[] = [];
      for (const key of keys) {
        try {
          await deleteKey(projectId, key);
          outcomes.push({ key, ok: true });
        } catch (error) {
          outcomes.push({ key, ok: false, error: describeError(error) });
        }
      }
      return outcomes;
    },
    onSuccess: (outcomes) => {
      const failed = outcomes.filter((outcome) => !outcome.ok).length;
      const done = outcomes.length - failed;
      if (failed === 0) toast.success(`${done} ${done === 1 ? 'key' : 'keys'} revoked. They no longer work.`);
      else toast.error(`${done} of ${outcomes.length} keys revoked; ${failed} could not be revoked.`);
    },
    onSettled: invalidate,
  });
}
