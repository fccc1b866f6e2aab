import 'server-only';
import { createMatcher, invalidPathParam, splitPath } from '@/lib/admin/match';
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

/**
 * Answers one request to the sandbox Admin API: pure Web Request → Response, so Next's route and a
 * plain node:http server (tests) can both serve it. Steps: seed once, authenticate, route, validate
 * path ids, query and body against the registry, dispatch to the operation's handler.
 */
export async function handleSandboxRequest(db: Db, request: Request): Promise<Response> {
  const meta: ResponseMeta = { startedAt: performance.now(), organizationId: null };
  const method = request.method.toUpperCase();
  const url = new URL(request.url);
  const path = apiPath(url);
  try {
    const [organization, actor] = await Promise.all([
      ensureSandboxSeeded(db),
      authenticate(db, request.headers.get('authorization')),
    ]);
    meta.organizationId = organization.id;

    const segments = decodeSegments(path, method);
    const matched = match(method, segments);
    if (!matched) {
      const allowed = METHODS.filter((m) => m !== method && match(m, segments));
      throw allowed.length > 0 ? methodNotAllowed(method, path, allowed) : invalidUrl(method, path);
    }
    const { operation, params } = matched;
    const badParam = invalidPathParam(params);
    if (badParam)
      throw invalidRequest(
        `Invalid '${badParam}': '${params[badParam] ?? ''}' is not a valid id.`,
        badParam,
      );

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
    return jsonResponse(200, result, meta);
  } catch (error) {
    if (error instanceof SandboxError) return errorResponse(error, meta);
    console.error(`sandbox: ${method} ${path} failed`, error);
    return errorResponse(serverError(), meta);
  }
}
