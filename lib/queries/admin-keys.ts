import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AdminAPIKey,
  AdminAPIKeyCreateResponse,
  AdminAPIKeyDeleteResponse,
} from 'openai/resources/admin/organization/admin-api-keys';
import { toast } from 'sonner';
import type { ListPage } from '@/lib/admin/types';
import { adminKeyLabel } from '@/lib/admin/admin-keys';
import { adminFetch } from './admin-fetch';
import { refreshAfterChange } from './refresh';
import { useChange } from './use-change';

export type { AdminAPIKey };

/** Query keys for admin API keys: every key starts with adminKeyKeys.all. */
export const adminKeyKeys = {
  all: ['admin-keys'] as const,
  list: () => [...adminKeyKeys.all, 'list'] as const,
};

const PAGE_SIZE = 100;

/** Admin keys, page by page (cursor `after`); the view loads every page. */
export function adminKeysListOptions() {
  return infiniteQueryOptions({
    queryKey: adminKeyKeys.list(),
    queryFn: ({ pageParam, signal }) =>
      adminFetch<ListPage<AdminAPIKey>>('/organization/admin_api_keys', {
        query: { limit: PAGE_SIZE, after: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.last_id ? last.last_id : undefined),
  });
}

export interface NewAdminKey {
  name: string;
  /** Omitted: the key never expires. */
  expiresInSeconds?: number;
}

/**
 * Creates an admin key. The new key's value is handed to `onValue` (the caller keeps it in
 * component state, for the one dialog that shows it) and is NOT part of what the mutation
 * returns: React Query keeps mutation results in its cache, and the value must live nowhere but
 * that dialog.
 */
export function useCreateAdminKey(onValue: (key: AdminAPIKey, value: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, expiresInSeconds }: NewAdminKey): Promise<AdminAPIKey> => {
      const created = await adminFetch<AdminAPIKeyCreateResponse>('/organization/admin_api_keys', {
        method: 'POST',
        body: expiresInSeconds ? { name, expires_in_seconds: expiresInSeconds } : { name },
      });
      const { value, ...key } = created;
      onValue(key, value);
      return key;
    },
    gcTime: 0,
    onSuccess: (key) => {
      toast.success(`Admin key “${adminKeyLabel(key)}” created.`);
    },
    // After a failure too: when the outcome is unknown, the list shows whether the key exists.
    onSettled: () => refreshAfterChange(queryClient, { queryKey: adminKeyKeys.all }),
  });
}

export function useDeleteAdminKey() {
  return useChange({
    mutationFn: (key: AdminAPIKey) =>
      adminFetch<AdminAPIKeyDeleteResponse>(`/organization/admin_api_keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' }),
    success: (_deleted, key) => `Admin key “${adminKeyLabel(key)}” deleted. It no longer works.`,
    refresh: () => [{ queryKey: adminKeyKeys.all }],
  });
}
