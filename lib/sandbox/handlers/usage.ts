import 'server-only';
import type { HandlerTable } from '../handler';
import { costsPage } from '../usage/costs';
import { usagePage } from '../usage/usage-page';
import { USAGE_OPERATIONS } from '../usage/usage-types';

/**
 * Usage and costs: read-only views of the organization's generated activity stream (see
 * lib/sandbox/usage). Nothing here mutates, so nothing is audited.
 */
export const usageHandlers: HandlerTable = {
  ...Object.fromEntries(
    Object.entries(USAGE_OPERATIONS).map(([operation, type]) => [
      operation,
      (ctx) => usagePage(ctx.db, type, ctx.query, ctx.now),
    ]),
  ),
  'usage.costs': (ctx) => costsPage(ctx.db, ctx.query, ctx.now),
};
