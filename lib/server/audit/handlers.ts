import 'server-only';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { getDb } from '../db';
import { directoryRoute, RouteInputError } from '../directory/route';
import { firstIssue, parseQuery } from '../proxy/request-input';
import { readAuditPage } from './audit-page';
import { exportAuditCsv } from './export';

const listOperation = OPERATIONS_BY_NAME.get('auditLogs.list');

/** The page's query, checked by the registry's schema for the API's own list (bad input → 400). */
export function auditQuery(search: URLSearchParams): Record<string, unknown> {
  const parsed = listOperation?.query?.safeParse(parseQuery(search));
  if (!parsed) throw new Error('The registry has no audit-log list.');
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new RouteInputError(issue.message, issue.param);
  }
  return parsed.data as Record<string, unknown>;
}

/** GET /api/audit-logs: one page of events with names and the console users who made them. */
export const handleAuditLogsRequest = directoryRoute('audit log', async (client, search) =>
  readAuditPage(client, await getDb(), auditQuery(search)),
);

/** GET /api/audit-logs/export: every event the filters select, as CSV. */
export const handleAuditExportRequest = directoryRoute('audit log export', async (client, search) => {
  const query = auditQuery(search);
  delete query.after;
  delete query.before;
  return exportAuditCsv(client, await getDb(), query);
});
