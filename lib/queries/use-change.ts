import {
  useMutation,
  useQueryClient,
  type InvalidateQueryFilters,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import { toast } from 'sonner';
import { refreshAfterChange } from './refresh';

export interface ChangeOptions<Vars, Result> {
  mutationFn: (vars: Vars) => Promise<Result>;
  /** The toast after success; null for none (the form shows the outcome itself). */
  success: (result: Result, vars: Vars) => string | null;
  /** What the change made stale, read again after it (refreshAfterChange). */
  refresh: (vars: Vars) => InvalidateQueryFilters[];
  /**
   * Read again after a failure too: a lost answer may hide a change that was made, and a batch may
   * have changed part of what it asked before it failed.
   */
  refreshAfterFailure?: boolean;
}

/**
 * A change made from a page: toasts its success and reads again what it made stale. Errors are
 * shown by the form or dialog that asked, so they are not toasted here.
 */
export function changeMutationOptions<Vars, Result>(
  queryClient: QueryClient,
  { mutationFn, success, refresh, refreshAfterFailure = false }: ChangeOptions<Vars, Result>,
): MutationOptions<Result, Error, Vars> {
  const reread = (vars: Vars) =>
    Promise.all(refresh(vars).map((filters) => refreshAfterChange(queryClient, filters)));
  return {
    mutationFn,
    onSuccess: async (result, vars) => {
      const message = success(result, vars);
      if (message) toast.success(message);
      if (!refreshAfterFailure) await reread(vars);
    },
    onSettled: async (_result, _error, vars) => {
      if (refreshAfterFailure) await reread(vars);
    },
  };
}

export function useChange<Vars, Result>(options: ChangeOptions<Vars, Result>) {
  return useMutation(changeMutationOptions(useQueryClient(), options));
}
