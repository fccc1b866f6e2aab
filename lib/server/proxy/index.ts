import 'server-only';
import { createMatcher } from '@/lib/admin/match';
import { OPERATIONS } from '@/lib/admin/operations';
import { lookupSession } from '../auth/session';
import { describeUpstream, getConfig } from '../config';
import { getDb } from '../db';
import { identifyConsoleKey } from '../console-key';
import { getUpstreamClient } from '../openai';
import { processLimiter } from './mutation-limits';
import { handleAdminRequest, type ProxyDeps } from './pipeline';

const matchOperation = createMatcher(OPERATIONS);

function defaultDeps(): ProxyDeps {
  const config = getConfig();
  return {
    match: matchOperation,
    lookupSession,
    getDb,
    getClient: getUpstreamClient,
    allowedOrigins: config.allowedOrigins,
    freshSignInMinutes: config.freshSignInMinutes,
    upstream: describeUpstream(config),
    consoleKeyIds: async () => (await identifyConsoleKey()).ids,
    limiter: processLimiter({ duplicateSeconds: config.mutationDuplicateSeconds, perMinute: config.mutationsPerMinute }),
  };
}

/** Serves /api/admin/<Admin API path> for the route handler. */
export function proxyAdminRequest(request: Request, segments: readonly string[]): Promise<Response> {
  return handleAdminRequest(request, segments, defaultDeps());
}
