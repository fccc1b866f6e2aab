import 'server-only';
import { createMatcher, invalidPathParam, splitPath, type MatchedOperation } from '@/lib/admin/match';
import type { HttpMethod } from '@/lib/admin/operation';
import { OPERATIONS } from '@/lib/admin/operations';
import type { Db } from '@/lib/server/db';
import { authenticate } from './auth';
import {
  invalidRequest,
  invalidUrl,
  methodNotAllowed,
  notImplemented,
  SandboxError,
  serverError,
} from './errors';
import { faultAfterApplying, faultBeforeApplying } from './faults/apply';
import { FAULT_HEADER, NO_FAULTS, planFaults, type FaultPlan } from './faults/plan';
import { FaultSpecError } from './faults/spec';
import { HANDLERS } from './handlers';
import { parseQuery, readJsonBody } from './request';
import { parseInput } from './validation';
import { errorResponse, jsonResponse, type ResponseMeta } from './response';
import { ensureSandboxSeeded } from './seed';

const match = createMatcher(OPERATIONS);
const METHODS: HttpMethod[] = ['GET', 'POST', 'DELETE'];
const PREFIX = '/sandbox/v1';

/** The API path after the base URL (`/organization/projects`), whatever prefix the server mounted us at. */
function apiPath(url: URL): string {
  const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname;
  return path === '' ? '/' : path;
}

function decodeSegments(path: string, method: string): string[] {
  try {
    return splitPath(path).map((segment) => decodeURIComponent(segment));
  } catch {
    throw invalidUrl(method, path);
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The operation for a method and path, with its path ids checked; throws the API's 404/405/400. */
function route(method: string, path: string): MatchedOperation {
  const segments = decodeSegments(path, method);
  const matched = match(method, segments);
  if (!matched) {
    const allowed = METHODS.filter((m) => m !== method && match(m, segments));
    throw allowed.length > 0 ? methodNotAllowed(method, path, allowed) : invalidUrl(method, path);
  }
  const badParam = invalidPathParam(matched.params);
  if (badParam)
    throw invalidRequest(
      `Invalid '${badParam}': '${matched.params[badParam] ?? ''}' is not a valid id.`,
      badParam,
    );
  return matched;
}

async function faultPlan(db: Db, request: Request): Promise<FaultPlan> {
  try {
    return await planFaults(db, request);
  } catch (error) {
    if (error instanceof FaultSpecError)
      throw invalidRequest(`Invalid ${FAULT_HEADER} header: ${error.message}`);
    throw error;
  }
}

/**
 * Answers one request to the sandbox Admin API: pure Web Request → Response, so Next's route and a
 * plain node:http server (tests) can both serve it. Steps: seed once, authenticate, route, plan
 * injected faults (faults/), validate query and body against the registry, dispatch to the
 * operation's handler. A fault never hides a 401 or 404: it applies only to requests that
 * authenticated and routed. Refusing faults (429, 5xx, reset, stall) come before the handler, so
 * nothing is applied; reset-after-apply, truncated and stall-body act on the handler's answer.
 */
export async function handleSandboxRequest(db: Db, request: Request): Promise<Response> {
  const meta: ResponseMeta = { startedAt: performance.now(), organizationId: null };
  const method = request.method.toUpperCase();
  const url = new URL(request.url);
  const path = apiPath(url);
  let plan = NO_FAULTS;
  let response: Response;
  try {
    const [organization, actor] = await Promise.all([
      ensureSandboxSeeded(db),
      authenticate(db, request.headers.get('authorization')),
    ]);
    meta.organizationId = organization.id;
    const { operation, params } = route(method, path);

    plan = await faultPlan(db, request);
    const replaced = await faultBeforeApplying(plan, request.signal);
    if (replaced) return replaced;

    const rawQuery = parseQuery(url.searchParams);
    const parsedQuery: unknown = operation.query ? parseInput(operation.query, rawQuery) : rawQuery;
    const query = isPlainObject(parsedQuery) ? parsedQuery : rawQuery;

    let body: unknown = method === 'POST' ? await readJsonBody(request) : undefined;
    if (body !== undefined && !isPlainObject(body))
      throw invalidRequest('The request body must be a JSON object.');
    if (operation.body) body = parseInput(operation.body, body ?? {});

    const handler = HANDLERS[operation.name];
    if (!handler) throw notImplemented(method, path);
    const result = await handler({
      db,
      operation,
      params,
      query,
      body,
      organization,
      now: Math.floor(Date.now() / 1000),
      actor,
    });
    response = jsonResponse(200, result, meta);
  } catch (error) {
    if (!(error instanceof SandboxError)) console.error(`sandbox: ${method} ${path} failed`, error);
    response = errorResponse(error instanceof SandboxError ? error : serverError(), meta);
  }
  return faultAfterApplying(plan, response, request.signal);
}
