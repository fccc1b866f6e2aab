import 'server-only';
import type { HandlerTable } from '../../handler';
import { KIND } from '../../model';
import { paginate } from '../../pagination';
import { auditLogFilter } from './audit-filters';

export const auditLogHandlers: HandlerTable = {
  // Newest first (the log is stored in the order things happened), `after` and `before` cursors.
  'auditLogs.list': (ctx) =>
    paginate(ctx.db, { kind: KIND.auditLog, where: auditLogFilter(ctx.query) }, ctx.query, {
      before: true,
      order: 'desc',
    }),
};
