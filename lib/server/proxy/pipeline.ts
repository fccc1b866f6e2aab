import 'server-only';
import type OpenAI from 'openai';
import { fillPath, invalidPathParam, type MatchedOperation } from '@/lib/admin/match';
import { roleAtLeast } from '@/lib/admin/operation';
import type { SessionLookup } from '../auth/session';
import type { Db } from '../db';
import { ADMIN_AUTH } from '../openai';
import { finishJournalEntry, startJournalEntry, summarizeRequest } from '../journal/journal';
import { crossOriginReason, isJsonContentType } from './origin';
import { firstIssue, parseQuery, readJsonBody } from './request-input';
import { errorResponse, jsonResponse } from './respond';
import { mapUpstreamError } from './upstream-errors';

export interface ProxyDeps {
  match(method: string, segments: readonly string[]): MatchedOperation | null;
  lookupSession(headers: Headers): Promise<SessionLookup>;
  getDb(): Promise<Db>;
  getClient(): Promise<OpenAI>;
  /** CONSOLE_URL's origin, when configured. */
  publicOrigin: string | null;
  /** Where upstream is, for messages ("api.openai.com"). */
  upstreamHost: string;
}

type Refusal = { ok: false; response: Response };

/**
 * The admin proxy (ARCHITECTURE.md): operation → session and role → origin → input → journal →
 * upstream through the SDK → journal outcome. Every refusal happens before anything is sent.
 */
export async function handleAdminRequest(request: Request, segments: readonly string[], deps: ProxyDeps): Promise<Response> {
  const method = request.method.toUpperCase();
  const matched = deps.match(method, segments);
  if (!matched) {
    return errorResponse(404, { code: 'not_found', message: `The Admin API has no operation ${method} /${segments.join('/')}.` });
  }
  const { operation, params } = matched;

  const { session, setCookies } = await deps.lookupSession(request.headers);
  const withCookies = (response: Response) => {
    for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
    return response;
  };
  if (!session) {
    return withCookies(errorResponse(401, { code: 'unauthenticated', message: 'You are not signed in, or your session has ended. Sign in again.' }));
  }
  if (!roleAtLeast(session.user.role, operation.role)) {
    return withCookies(
      errorResponse(403, {
        code: 'forbidden',
        message: `Your console role (${session.user.role}) may not ${operation.summary.toLowerCase()}; it takes the ${operation.role} role. Ask a console admin.`,
      }),
    );
  }

  const input = await validateInput(request, matched, deps.publicOrigin);
  if (!input.ok) return withCookies(input.response);

  const db = await deps.getDb();
  const path = fillPath(operation.path, params);
  let journalId: number | null = null;
  if (operation.mutates) {
    try {
      journalId = await startJournalEntry(db, {
        userId: session.user.id,
        userEmail: session.user.email,
        userRole: session.user.role,
        operation: operation.name,
        method,
        path,
        targetIds: params,
        requestSummary: summarizeRequest(input.body),
      });
    } catch (err) {
      console.error('journal write failed', err instanceof Error ? err.message : err);
      return withCookies(
        errorResponse(503, {
          code: 'journal_unavailable',
          message: 'The change was not sent: the console could not record it in its journal. Check the database, then try again.',
        }),
      );
    }
  }

  try {
    const client = await deps.getClient();
    const options = { ...ADMIN_AUTH, query: input.query, ...(input.body !== undefined ? { body: input.body } : {}) };
    const call =
      method === 'GET'
        ? client.get(path, options)
        : method === 'POST'
          ? client.post(path, { ...options, maxRetries: 0 })
          : client.delete(path, { ...options, maxRetries: 0 });
    const { data, response, request_id } = await call.withResponse();
    if (journalId !== null) {
      await finishJournalEntry(db, journalId, { outcome: 'succeeded', httpStatus: response.status, upstreamRequestId: request_id, errorMessage: null }).catch(
        (err: unknown) => console.error('journal finish failed', err instanceof Error ? err.message : err),
      );
    }
    const extra: Record<string, string> = request_id ? { 'x-upstream-request-id': request_id } : {};
    return withCookies(jsonResponse(200, data ?? {}, extra));
  } catch (err) {
    const mapped = mapUpstreamError(err, operation.mutates, deps.upstreamHost);
    if (mapped.status === 500) console.error('admin proxy failure', operation.name, err);
    if (journalId !== null) {
      await finishJournalEntry(db, journalId, {
        outcome: mapped.outcomeUnknown ? 'unknown' : 'failed',
        httpStatus: mapped.status,
        upstreamRequestId: mapped.error.upstream_request_id ?? null,
        errorMessage: mapped.error.message,
      }).catch((e: unknown) => console.error('journal finish failed', e instanceof Error ? e.message : e));
    }
    const extra: Record<string, string> = mapped.error.retry_after_seconds != null ? { 'retry-after': String(mapped.error.retry_after_seconds) } : {};
    return withCookies(errorResponse(mapped.status, mapped.error, extra));
  }
}

type ValidInput = { ok: true; query: Record<string, unknown> | undefined; body: unknown };

async function validateInput(request: Request, matched: MatchedOperation, publicOrigin: string | null): Promise<ValidInput | Refusal> {
  const { operation, params } = matched;
  const refuse = (status: number, code: string, message: string, param?: string) => ({
    ok: false as const,
    response: errorResponse(status, { code, message, param: param ?? null }),
  });

  if (operation.mutates) {
    const reason = crossOriginReason(request, publicOrigin);
    if (reason) return refuse(403, 'cross_origin', `Changes must come from the console itself; ${reason}.`);
    if (!isJsonContentType(request)) return refuse(415, 'invalid_request', 'Changes must be sent as JSON (Content-Type: application/json).');
  }

  const badParam = invalidPathParam(params);
  if (badParam) return refuse(400, 'invalid_request', `${badParam} is not a valid id.`, badParam);

  const rawQuery = parseQuery(new URL(request.url).searchParams);
  let query: Record<string, unknown> | undefined;
  if (operation.query) {
    const parsed = operation.query.safeParse(rawQuery);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      return refuse(400, 'invalid_request', issue.message, issue.param);
    }
    query = parsed.data as Record<string, unknown>;
  } else if (Object.keys(rawQuery).length > 0) {
    const name = Object.keys(rawQuery)[0] ?? 'query';
    return refuse(400, 'invalid_request', `${operation.summary} takes no query parameter ${name}.`, name);
  }

  if (request.method.toUpperCase() === 'GET') return { ok: true, query, body: undefined };
  const read = await readJsonBody(request);
  if (!read.ok) return refuse(400, 'invalid_request', read.message, 'body');
  if (!operation.body) {
    const empty = read.body === undefined || (typeof read.body === 'object' && read.body !== null && Object.keys(read.body).length === 0);
    if (!empty) return refuse(400, 'invalid_request', `${operation.summary} takes no request body.`, 'body');
    return { ok: true, query, body: undefined };
  }
  const parsed = operation.body.safeParse(read.body ?? {});
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    return refuse(400, 'invalid_request', issue.message, issue.param);
  }
  return { ok: true, query, body: parsed.data };
}
