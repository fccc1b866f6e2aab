import { queryOptions } from '@tanstack/react-query';
import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';
import type { CertificateListResponse } from 'openai/resources/admin/organization/projects/certificates';
import type { ProjectUser } from 'openai/resources/admin/organization/projects/users/users';
import type { UsageCostsResponse } from 'openai/resources/admin/organization/usage';
import { adminFetch, readAllPages } from './admin-fetch';
import { spendAlertsOptions } from './budgets';

export type { ProjectAPIKey };

/** Query keys for a project's overview figures; `all` covers every project's. */
export const projectOverviewKeys = {
  all: ['project-overview'] as const,
  project: (id: string) => [...projectOverviewKeys.all, id] as const,
  costs: (id: string, range: { start: number; end: number; days: number }) => [...projectOverviewKeys.project(id), 'costs', range] as const,
  list: (id: string, what: 'users' | 'api_keys' | 'certificates') => [...projectOverviewKeys.project(id), what] as const,
};

const projectPath = (id: string) => `/organization/projects/${encodeURIComponent(id)}`;

/** The project's daily costs by line item over [start, end) (Unix seconds), every page. */
export function projectCostsOptions(id: string, range: { start: number; end: number; days: number }) {
  return queryOptions({
    // The overview sums what other tabs change: read it again whenever it is shown.
    staleTime: 0,
    queryKey: projectOverviewKeys.costs(id, { start: range.start, end: range.end, days: range.days }),
    queryFn: async ({ signal }) => {
      const buckets: UsageCostsResponse.Data[] = [];
      let page: string | undefined;
      do {
        const response = await adminFetch<UsageCostsResponse>('/organization/costs', {
          query: {
            start_time: range.start,
            end_time: range.end,
            bucket_width: '1d',
            limit: range.days,
            group_by: ['line_item'],
            project_ids: [id],
            page,
          },
          signal,
        });
        buckets.push(...response.data);
        page = response.has_more && response.next_page ? response.next_page : undefined;
      } while (page);
      return buckets;
    },
  });
}

export function projectUsersOptions(id: string) {
  return queryOptions({
    staleTime: 0,
    queryKey: projectOverviewKeys.list(id, 'users'),
    queryFn: ({ signal }) => readAllPages<ProjectUser>(`${projectPath(id)}/users`, 100, signal),
  });
}

export function projectApiKeysOptions(id: string) {
  return queryOptions({
    staleTime: 0,
    queryKey: projectOverviewKeys.list(id, 'api_keys'),
    queryFn: ({ signal }) => readAllPages<ProjectAPIKey>(`${projectPath(id)}/api_keys`, 100, signal),
  });
}

/** The organization's certificates with their state in this project (`active`). */
export function projectCertificatesOptions(id: string) {
  return queryOptions({
    staleTime: 0,
    queryKey: projectOverviewKeys.list(id, 'certificates'),
    queryFn: ({ signal }) => readAllPages<CertificateListResponse>(`${projectPath(id)}/certificates`, 100, signal),
  });
}

/**
 * The project's spend alerts: the budgets query itself (lib/queries/budgets.ts), so a change made on
 * the Spend alerts tab or on /costs refreshes the overview's "alert crossed" line too.
 */
export const projectSpendAlertsOptions = (id: string) => spendAlertsOptions({ level: 'project', projectId: id });
