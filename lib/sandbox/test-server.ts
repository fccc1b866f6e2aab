import 'server-only';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@/lib/server/db';
import { getSandboxAdminKey } from './auth';
import { handleSandboxRequest } from './router';

export interface SandboxTestServer {
  /** e.g. http://127.0.0.1:54321/sandbox/v1, ready for `new OpenAI({ baseURL })`. */
  baseURL: string;
  close(): Promise<void>;
}

function toRequest(req: http.IncomingMessage, origin: string, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = body.length > 0 && method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

/**
 * Serves the sandbox on a real node:http server (127.0.0.1, a free port), adapting Node's
 * request/response to the Web Request/Response handleSandboxRequest speaks. For tests that drive
 * the sandbox over HTTP, e.g. with the official SDK.
 */
export async function startSandboxServer(db: Db): Promise<SandboxTestServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      handleSandboxRequest(db, toRequest(req, origin, Buffer.concat(chunks)))
        .then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/sandbox/v1`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

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
