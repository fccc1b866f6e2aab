import 'server-only';
import { startSandboxHttpServer, type SandboxHttpServer } from './control/http-server';
import type { Db } from '@/lib/server/db';
import { getSandboxAdminKey } from './auth';
import { handleSandboxRequest } from './router';

export type SandboxTestServer = SandboxHttpServer;

/**
 * Serves the sandbox (and its control API) on a real node:http server on 127.0.0.1 at a free
 * port, streaming responses as `next start` does. For tests that drive it over HTTP, e.g. with the
 * official SDK: `new OpenAI({ baseURL })`.
 */
export const startSandboxServer = startSandboxHttpServer;

export interface SandboxCall {
  method?: string;
  /** API path with query, e.g. `/organization/projects?limit=5`. */
  path: string;
  /** The bearer key; omitted = the sandbox's own key, null = no Authorization header. */
  key?: string | null;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (for malformed JSON). */
  rawBody?: string;
}

export interface SandboxReply<T = unknown> {
  status: number;
  headers: Headers;
  json: T;
}

/** One request straight to handleSandboxRequest, without a server. */
export async function sandboxCall<T = Record<string, unknown>>(
  db: Db,
  call: SandboxCall,
): Promise<SandboxReply<T>> {
  const key = call.key === undefined ? await getSandboxAdminKey(db) : call.key;
  const headers = new Headers({ 'content-type': 'application/json' });
  if (key !== null) headers.set('authorization', `Bearer ${key}`);
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const request = new Request(`http://sandbox.test/sandbox/v1${call.path}`, {
    method: call.method ?? 'GET',
    headers,
    body,
  });
  const response = await handleSandboxRequest(db, request);
  return { status: response.status, headers: response.headers, json: (await response.json()) as T };
}
