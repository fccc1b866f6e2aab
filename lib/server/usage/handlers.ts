import 'server-only';
import { getConfig } from '../config';
import { getDb } from '../db';
import { directoryRoute, RouteInputError } from '../directory/route';
import { readInsight } from './engine';
import { InsightQueryError, parseInsightQuery, type InsightQuery } from './query';

/*
 * GET /api/insights/usage and GET /api/insights/costs (query: lib/insights/types.ts): any signed-in
 * console user; bad input is a 400 before anything is sent, upstream failures are told as the
 * admin proxy tells them.
 */

const REFRESH_SECONDS = 60;

function insightRoute(kind: 'usage' | 'costs') {
  return directoryRoute(`insights ${kind}`, async (client, search) => {
    const now = Math.floor(Date.now() / 1000);
    let query: InsightQuery;
    try {
      query = parseInsightQuery(kind, search, now);
    } catch (err) {
      throw err instanceof InsightQueryError ? new RouteInputError(err.message, err.param) : err;
    }
    const settings = { openSeconds: getConfig().usageOpenBucketSeconds, refreshSeconds: REFRESH_SECONDS };
    return readInsight(client, await getDb(), query, settings, now);
  });
}

export const handleUsageRequest = insightRoute('usage');
export const handleCostsRequest = insightRoute('costs');
