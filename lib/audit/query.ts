import { dayStart } from '@/lib/format/dates';

/*
 * The audit-log page's filters as they live in the URL, and the Admin API query they stand for.
 * Dates are whole days in the viewer's time zone: `from` includes its day, `to` includes its day.
 */

export interface AuditFilters {
  types: string[];
  /** Emails or actor ids (user, service account or key tracking id). */
  actors: string[];
  projects: string[];
  resources: string[];
  from: string;
  to: string;
  /** Tenant-level events (the API lists them only on their own). */
  tenant: boolean;
}

export interface AuditCursor {
  after?: string;
  before?: string;
}

export const PAGE_SIZE = 50;

/** The query for GET /api/audit-logs (the registry's names for the API's parameters). */
export function auditSearch(filters: AuditFilters, cursor: AuditCursor = {}, limit = PAGE_SIZE): URLSearchParams {
  const search = new URLSearchParams();
  for (const type of filters.types) search.append('event_types[]', type);
  for (const actor of filters.actors) search.append(actor.includes('@') ? 'actor_emails[]' : 'actor_ids[]', actor);
  for (const project of filters.projects) search.append('project_ids[]', project);
  for (const resource of filters.resources) search.append('resource_ids[]', resource);
  const since = dayStart(filters.from);
  const until = dayStart(filters.to, 1);
  if (since !== undefined) search.set('effective_at[gte]', String(since));
  if (until !== undefined) search.set('effective_at[lt]', String(until));
  if (filters.tenant) search.set('tenant_only', 'true');
  if (cursor.after) search.set('after', cursor.after);
  else if (cursor.before) search.set('before', cursor.before);
  search.set('limit', String(limit));
  return search;
}

/** Free text (comma, space or line separated) → distinct trimmed items. */
export const splitList = (text: string) => [...new Set(text.split(/[\s,]+/).map((item) => item.trim()).filter(Boolean))];
