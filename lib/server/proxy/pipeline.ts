import 'server-only';
import type OpenAI from 'openai';
import { fillPath, invalidPathParam, type MatchedOperation } from '@/lib/admin/match';
import { roleAtLeast, type ConsoleRole, type HttpMethod } from '@/lib/admin/operation';
import { REAUTH_REQUIRED, staleSignInProblem } from '../auth/fresh-sign-in';
import type { ConsoleSession, SessionLookup } from '../auth/session';
import type { Db } from '../db';
import { createdIds, finishJournalEntry, startJournalEntry, summarizeRequest } from '../journal/journal';
import { invalidateAfter } from '../directory/directory';
import { ADMIN_AUTH } from '../openai';
import { inUpstreamSlot } from '../upstream-gate';
import type { MutationLimiter } from './mutation-limits';
import { crossOriginReason, isJsonContentType } from './origin';
import { firstIssue, parseQuery, readJsonBody } from './request-input';
import { errorResponse, jsonResponse } from './respond';
import { mapUpstreamError, type Upstream } from './upstream-errors';
import { settleUnknownOutcome } from './verify-outcome';

export interface ProxyDeps {
  match(method: string, segments: readonly string[]): MatchedOperation | null;
  lookupSession(headers: Headers): Promise<SessionLookup>;
  getDb(): Promise<Db>;
  getClient(): Promise<OpenAI>;
  /** The origins changes may come from (config.allowedOrigins). */
  allowedOrigins: readonly string[];
  /** Who answers upstream, for messages. */
  upstream: Upstream;
  /** How recent a sign-in the most destructive operations need (config.freshSignInMinutes). */
  freshSignInMinutes: number;
  /** Ids of the admin keys the console itself uses: deleting one would cut it off (none when unknown). */
  consoleKeyIds?(): Promise<readonly string[]>;
  /** Duplicate-submission and per-user rate limits on changes (none when absent). */
  limiter?: MutationLimiter;
}

class Refusal extends Error {
  constructor(readonly response: Response) {
    super('refused');
  }
}

const refuse = (status: number, code: string, message: string, param?: string | null): never => {
  throw new Refusal(errorResponse(status, { code, message, param: param ?? null }));
};

/**
 * The admin proxy (ARCHITECTURE.md): operation → session and role → origin → input → journal →
 * upstream through the SDK → journal outcome. Every refusal happens before anything is sent, and
 * every failure, even the console's own, is answered in JSON.
 */
export async function handleAdminRequest(request: Request, segments: readonly string[], deps: ProxyDeps): Promise<Response> {
  const cookies: string[] = [];
  const withCookies = (response: Response) => {
    for (const cookie of cookies) response.headers.append('set-cookie', cookie);
    return response;
  };
  try {
    return withCookies(await proxy(request, segments, deps, cookies));
  } catch (err) {
    if (err instanceof Refusal) return withCookies(err.response);
    console.error('admin proxy: the console failed', err instanceof Error ? err.message : err);
    return withCookies(
      errorResponse(503, { code: 'console_unavailable', message: 'The console could not handle the request (its database or sign-in store may be down). Try again shortly.' }),
    );
  }
}

async function proxy(request: Request, segments: readonly string[], deps: ProxyDeps, cookies: string[]): Promise<Response> {
  const method = request.method.toUpperCase();
  const matched = deps.match(method, segments) ?? refuse(404, 'not_found', `The Admin API has no operation ${method} /${segments.join('/')}.`);
  const { operation, params } = matched;

  const { session, setCookies, ended } = await deps.lookupSession(request.headers);
  cookies.push(...setCookies);
  if (!session) return refuse(401, ended ? `session_${ended.reason}` : 'unauthenticated', ended?.message ?? 'You are not signed in, or your session has ended. Sign in again.');
  requireRole(session, operation.role, operation.summary);

  const input = await validateInput(request, matched, deps.allowedOrigins);
  const needed = operation.roleForBody?.(input.body);
  if (needed) requireRole(session, needed, `${operation.summary.toLowerCase()} with these rights`);
  const stale = staleSignInProblem(operation, input.body, session.signedInAt, deps.freshSignInMinutes);
  if (stale) refuse(403, REAUTH_REQUIRED, stale);

  if (operation.name === 'adminAPIKeys.delete' && (await deps.consoleKeyIds?.())?.includes(params.key_id ?? ''))
    refuse(409, 'console_key', 'This is the admin key the console itself uses: deleting it would cut the console off from the organization. Configure another key (OPENAI_ADMIN_KEY) on the server first.');

  const path = fillPath(operation.path, params);
  const db = operation.mutates ? await deps.getDb() : null;
  const admitted = operation.mutates ? deps.limiter?.admit({ userId: session.user.id, operation: operation.name, path, body: input.body }) : undefined;
  if (admitted && 'refusal' in admitted) throw new Refusal(errorResponse(admitted.refusal.status, admitted.refusal.error, admitted.refusal.headers));
  const ticket = admitted?.ticket;
  const journalId = db ? await startJournal(db, session, operation.name, method, path, params, input.body).catch((err: unknown) => { ticket?.release(); throw err; }) : null;
  if (journalId !== null) ticket?.journaled(journalId);

  const sentAt = Date.now();
  try {
    const client = await deps.getClient();
    const options = { ...ADMIN_AUTH, query: input.query, ...(input.body !== undefined ? { body: input.body } : {}) };
    // Every call takes a slot of the process-wide cap; a change waits at the front of the line.
    const { data, response, request_id } = await inUpstreamSlot(() => send(client, method as HttpMethod, path, options).withResponse(), { first: operation.mutates });
    ticket?.settle('succeeded');
    if (operation.mutates) forgetWhatChanged(operation.name, params);
    if (db && journalId !== null) {
      await finishJournalEntry(db, journalId, { outcome: 'succeeded', httpStatus: response.status, upstreamRequestId: request_id, errorMessage: null, resultIds: createdIds(data) }).catch(logJournalFailure);
    }
    return jsonResponse(200, data ?? {}, request_id ? { 'x-upstream-request-id': request_id } : {});
  } catch (err) {
    let mapped = mapUpstreamError(err, operation.mutates, deps.upstream);
    if (mapped.outcomeUnknown) forgetWhatChanged(operation.name, params);
    // The answer was lost after sending: re-read the organization to say whether it happened.
    const settled = mapped.outcomeUnknown ? await settleUnknownOutcome(mapped, { getClient: deps.getClient, operation, params, body: input.body, sentAt, error: err, upstreamName: deps.upstream.name }) : null;
    if (settled) mapped = settled.mapped;
    // A change found applied counts as sent for the duplicate check; one not applied may be tried again.
    ticket?.settle(settled?.journalOutcome ?? 'failed');
    if (mapped.status === 500) console.error('admin proxy failure', operation.name, err);
    if (db && journalId !== null) {
      await finishJournalEntry(db, journalId, {
        outcome: settled?.journalOutcome ?? 'failed',
        resultIds: settled?.resultIds ?? null,
        httpStatus: mapped.status,
        upstreamRequestId: mapped.error.upstream_request_id ?? null,
        errorMessage: mapped.error.message,
      }).catch(logJournalFailure);
    }
    const extra: Record<string, string> = mapped.error.retry_after_seconds != null ? { 'retry-after': String(mapped.error.retry_after_seconds) } : {};
    return errorResponse(mapped.status, mapped.error, extra);
  }
}

/** Cached reads a change may have made stale: the directory's parts (names, lists, budgets). */
function forgetWhatChanged(operation: string, params: Record<string, string>) {
  invalidateAfter(operation, params);
}

function requireRole(session: ConsoleSession, needed: ConsoleRole, what: string) {
  if (roleAtLeast(session.user.role, needed)) return;
  refuse(403, 'forbidden', `Your console role (${session.user.role}) may not ${what.toLowerCase()}; it takes the ${needed} role. Ask a console admin.`);
}

type RequestOptions = { query: Record<string, unknown> | undefined; body?: unknown } & typeof ADMIN_AUTH;

/** Reads are retried by the SDK; changes are sent exactly once (ARCHITECTURE.md, "Upstream calls"). */
function send(client: OpenAI, method: HttpMethod, path: string, options: RequestOptions) {
  switch (method) {
    case 'GET':
      return client.get(path, options);
    case 'POST':
      return client.post(path, { ...options, maxRetries: 0 });
    case 'DELETE':
      return client.delete(path, { ...options, maxRetries: 0 });
    default: {
      const unexpected: never = method;
      throw new Error(`No upstream call for method ${String(unexpected)}.`);
    }
  }
}

async function startJournal(db: Db, session: ConsoleSession, operation: string, method: string, path: string, params: Record<string, string>, body: unknown) {
  try {
    return await startJournalEntry(db, {
      userId: session.user.id,
      userEmail: session.user.email,
      userRole: session.user.role,
      operation,
      method,
      path,
      targetIds: params,
      requestSummary: summarizeRequest(body),
    });
  } catch (err) {
    console.error('journal write failed', err instanceof Error ? err.message : err);
    return refuse(503, 'journal_unavailable', 'The change was not sent: the console could not record it in its journal. Check the database, then try again.');
  }
}

const logJournalFailure = (err: unknown) => console.error('journal finish failed', err instanceof Error ? err.message : err);

async function validateInput(request: Request, matched: MatchedOperation, allowedOrigins: readonly string[]) {
  const { operation, params } = matched;
  if (operation.mutates) {
    const reason = crossOriginReason(request.headers, allowedOrigins);
    if (reason) refuse(403, 'cross_origin', `Changes must come from the console itself; ${reason}.`);
    if (!isJsonContentType(request.headers)) refuse(415, 'invalid_request', 'Changes must be sent as JSON (Content-Type: application/json).');
  }

  const badParam = invalidPathParam(params);
  if (badParam) refuse(400, 'invalid_request', `${badParam} is not a valid id.`, badParam);

  const rawQuery = parseQuery(new URL(request.url).searchParams);
  // zod drops a `__proto__` key without a word (its guard against pollution): refuse it here.
  if (Object.hasOwn(rawQuery, '__proto__')) refuse(400, 'invalid_request', '__proto__ is not a query parameter.', '__proto__');
  let query: Record<string, unknown> | undefined;
  if (operation.query) {
    const parsed = operation.query.safeParse(rawQuery);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      refuse(400, 'invalid_request', issue.message, issue.param);
    } else query = parsed.data as Record<string, unknown>;
  } else if (Object.keys(rawQuery).length > 0) {
    const name = Object.keys(rawQuery)[0] ?? 'query';
    refuse(400, 'invalid_request', `${operation.summary} takes no query parameter ${name}.`, name);
  }

  if (!operation.mutates) return { query, body: undefined as unknown };
  const read = await readJsonBody(request);
  if (!read.ok) return refuse(400, 'invalid_request', read.message, 'body');
  if (!operation.body) {
    const empty = read.body === undefined || (typeof read.body === 'object' && read.body !== null && !Array.isArray(read.body) && Object.keys(read.body).length === 0);
    if (!empty) refuse(400, 'invalid_request', `${operation.summary} takes no request body.`, 'body');
    return { query, body: undefined as unknown };
  }
  const parsed = operation.body.safeParse(read.body ?? {});
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    return refuse(400, 'invalid_request', issue.message, issue.param);
  }
  return { query, body: parsed.data as unknown };
}
