import { isConsoleErrorBody, type ConsoleErrorBody } from '@/lib/admin/errors';
import { askToReauthenticate } from './reauth';

/** An error from the console's API, carrying what the person should be told. */
export class ConsoleApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly param: string | null;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;
  /** After a lost answer (code outcome_unknown): what re-reading the organization showed. */
  readonly outcome: 'applied' | 'not_applied' | 'unknown' | null;
  readonly target: { id: string; name: string | null } | null;
  /** The change was applied but the secret its answer carried (a new key) never arrived. */
  readonly secretLost: boolean;

  constructor(status: number, body: ConsoleErrorBody['error']) {
    super(body.message);
    this.name = 'ConsoleApiError';
    this.status = status;
    this.code = body.code;
    this.param = body.param ?? null;
    this.requestId = body.upstream_request_id ?? null;
    this.retryAfterSeconds = body.retry_after_seconds ?? null;
    this.outcome = body.outcome ?? null;
    this.target = body.target ?? null;
    this.secretLost = body.secret_lost === true;
  }
}

export type QueryValue = string | number | boolean | undefined | readonly string[];

export interface AdminRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function toSearch(query: Record<string, QueryValue> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) search.append(`${key}[]`, item);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Calls the admin proxy: `path` is the Admin API path, e.g. `/organization/projects`. */
export function adminFetch<T>(path: string, request: AdminRequest = {}): Promise<T> {
  return consoleFetch<T>(`/api/admin${path}`, request);
}

/**
 * A cursor list page of the Admin API. Most lists give `last_id`; groups, group members and roles
 * lists give `next`. Either names the `after` of the following page.
 */
export interface CursorPage<T> {
  data: T[];
  has_more: boolean;
  next?: string | null;
  last_id?: string | null;
}

/** The `after` for the page following `page` (fetched with `after`), or undefined at the end. */
export function nextAfter<T>(page: CursorPage<T>, after: string | undefined): string | undefined {
  if (!page.has_more || page.data.length === 0) return undefined;
  const last = page.data.at(-1) as { id?: unknown } | undefined;
  const cursor = page.next || page.last_id || (typeof last?.id === 'string' ? last.id : undefined);
  // A cursor that does not move would loop for ever.
  return cursor && cursor !== after ? cursor : undefined;
}

/**
 * Every item of a cursor list (either cursor style), `limit` a page (the list's maximum: 100 for
 * most, 1000 for roles and groups), one page after another. `query` adds the list's own filters.
 */
export async function readAllPages<T>(
  path: string,
  limit: number,
  signal?: AbortSignal,
  query: Record<string, QueryValue> = {},
): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const page = await adminFetch<CursorPage<T>>(path, { query: { ...query, limit, after }, signal });
    items.push(...page.data);
    after = nextAfter(page, after);
  } while (after);
  return items;
}

/**
 * Calls one of the console's own API routes (`/api/...`), with the same error handling. A change
 * refused for want of a recent sign-in asks for the password (reauth.ts) and is sent once more.
 */
export async function consoleFetch<T>(url: string, request: AdminRequest = {}): Promise<T> {
  try {
    return await sendPaced<T>(url, request);
  } catch (err) {
    if (!(err instanceof ConsoleApiError) || err.code !== 'reauth_required' || !(await askToReauthenticate(err.message))) throw err;
    return sendPaced<T>(url, request);
  }
}

/** How often one change waits out the console's per-person limit before its refusal is shown. */
const PACING_WAITS = 3;

/**
 * The console's own per-person change limit (`change_rate_limited`) refuses before anything is
 * sent, so waiting and sending again is safe: a bulk run (revoke 80 keys) slows down instead of
 * failing from the 31st item. An upstream 429 on a change is not retried (the change may be
 * repeated by the person, who sees the message).
 */
async function sendPaced<T>(url: string, request: AdminRequest): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await sendOnce<T>(url, request);
    } catch (err) {
      const wait = err instanceof ConsoleApiError && err.code === 'change_rate_limited' ? err.retryAfterSeconds : null;
      if (wait === null || waits >= PACING_WAITS || wait > 60 || request.signal?.aborted) throw err;
      await pacingPause(wait, request.signal);
    }
  }
}

function pacingPause(seconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function sendOnce<T>(url: string, request: AdminRequest): Promise<T> {
  const method = request.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(`${url}${toSearch(request.query)}`, {
      method,
      signal: request.signal,
      credentials: 'same-origin',
      // A redirect would resend a change to another path (another operation): never follow one.
      redirect: 'error',
      headers:
        method === 'GET'
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(request.body ?? {}),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ConsoleApiError(0, {
      code: 'network',
      message:
        'The console server cannot be reached. Check your connection and that the console is running.',
    });
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isConsoleErrorBody(payload)) throw new ConsoleApiError(response.status, payload.error);
    throw new ConsoleApiError(response.status, {
      code: 'unexpected',
      message: `The console answered ${response.status} without an explanation. Try again.`,
    });
  }
  return payload as T;
}

/** The sentence to show a person for any error a query or mutation threw. */
export function describeError(error: unknown): string {
  if (error instanceof ConsoleApiError)
    return error.requestId ? `${error.message} (request id ${error.requestId})` : error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}
