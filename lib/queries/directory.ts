import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { consoleFetch } from './admin-fetch';

/*
 * The people directory (app/api/directory): organization users with their projects and groups,
 * searched, filtered, sorted and paged on the server. Pages, pickers and name lookups use it.
 */

export interface MemberRow {
  id: string;
  name: string | null;
  email: string | null;
  role: string | null;
  added_at: number;
  is_scim_managed: boolean;
  /** Null while the server is still reading memberships (it answers again shortly). */
  projects: { id: string; name: string; role: string; archived: boolean }[] | null;
  groups: { id: string; name: string }[] | null;
}

export interface MembersPage {
  object: 'list';
  data: MemberRow[];
  total: number;
  roles: Record<string, number>;
  /** When the directory was read from upstream (Unix seconds). */
  as_of: number;
  memberships_ready: boolean;
  /**
   * False while the server is still reading the users for the first time and answered from those
   * read so far (only when asked with `partial`): total, counts, search and sort cover only them.
   */
  users_complete: boolean;
  /** How many users the answer was computed over (all of them when users_complete). */
  users_read: number;
}

export interface MembersParams {
  q?: string;
  role?: string;
  sort?: 'name' | 'email' | 'role' | 'added_at';
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
  /** Only these users (e.g. a group's members). */
  ids?: readonly string[];
  /** Accept an answer from the users read so far while a first read of them is slow (Members page). */
  partial?: boolean;
}

export const directoryKeys = {
  all: ['directory'] as const,
  members: (params: MembersParams) => [...directoryKeys.all, 'members', params] as const,
};

export function membersOptions(params: MembersParams) {
  return queryOptions({
    queryKey: directoryKeys.members(params),
    queryFn: ({ signal }) =>
      consoleFetch<MembersPage>('/api/directory/members', {
        query: {
          ...params,
          ids: params.ids && params.ids.length > 0 ? params.ids.join(',') : undefined,
          partial: undefined,
          users: params.partial ? 'partial' : undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    // While users or memberships are being read, ask again shortly.
    refetchInterval: ({ state: { data } }) =>
      !data ? false : data.users_complete === false ? 1000 : !data.memberships_ready ? 1500 : false,
  });
}

/** A person's display: name, else email, else id. */
export const personLabel = (user: Pick<MemberRow, 'id' | 'name' | 'email'>) =>
  user.name || user.email || user.id;
