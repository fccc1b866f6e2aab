import { splitList, type AuditCursor, type AuditFilters } from '@/lib/audit/query';

/** The audit log's state in the URL: filters, the page's cursor and the open event. */
export const AUDIT_URL_KEYS = ['type', 'actor', 'project', 'resource', 'from', 'to', 'tenant', 'after', 'before', 'event'] as const;
export type AuditUrl = Record<(typeof AUDIT_URL_KEYS)[number], string>;

const list = (value: string) => (value ? splitList(value) : []);

export function filtersFromUrl(url: AuditUrl): AuditFilters {
  return {
    types: list(url.type),
    actors: list(url.actor),
    projects: list(url.project),
    resources: list(url.resource),
    from: url.from,
    to: url.to,
    tenant: url.tenant === '1',
  };
}

export const cursorFromUrl = (url: AuditUrl): AuditCursor => (url.after ? { after: url.after } : url.before ? { before: url.before } : {});

/** No cursor: the newest page (of the audit log, or of the journal). */
export const NO_CURSOR = { after: '', before: '' } as const;

/** A filter change starts again from the newest page. */
export const filterChange = <T extends object>(changes: T) => ({ ...changes, ...NO_CURSOR });

/** Every filter of the audit log unset. */
export const NO_AUDIT_FILTERS = { type: '', actor: '', project: '', resource: '', from: '', to: '', tenant: '' } satisfies Partial<AuditUrl>;

export const hasFilters = (filters: AuditFilters) =>
  filters.types.length + filters.actors.length + filters.projects.length + filters.resources.length > 0 || !!filters.from || !!filters.to || filters.tenant;
