import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditSearch, type AuditCursor, type AuditFilters } from '@/lib/audit/query';
import type { AuditPage } from '@/lib/audit/types';
import { consoleFetch } from './admin-fetch';

export type { AuditPage };

export const auditKeys = {
  all: ['audit-log'] as const,
  page: (search: string) => [...auditKeys.all, 'page', search] as const,
};

/** One page of the audit log for these filters, with names and attribution (GET /api/audit-logs). */
export function auditPageOptions(filters: AuditFilters, cursor: AuditCursor) {
  const search = auditSearch(filters, cursor).toString();
  return queryOptions({
    queryKey: auditKeys.page(search),
    queryFn: ({ signal }) => consoleFetch<AuditPage>(`/api/audit-logs?${search}`, { signal }),
    // A log only grows: keep showing the last page while the next one loads, refresh on return.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** The CSV export of every event the filters select (no cursor: from the newest). */
export const auditExportUrl = (filters: AuditFilters) => {
  const search = auditSearch(filters);
  search.delete('limit');
  return `/api/audit-logs/export?${search.toString()}`;
};
