import 'server-only';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// Next's own response piping and request signal, so this server streams and drops like `next start`.
import { pipeToNodeResponse } from 'next/dist/server/pipe-readable';
import { signalFromNodeResponse } from 'next/dist/server/web/spec-extension/adapters/next-request';
import type { Db } from '@/lib/server/db';
import { handleSandboxRequest } from '../router';
import { handleSandboxControl } from './control';

export interface SandboxHttpServer {
  /** e.g. http://127.0.0.1:54321/sandbox/v1, ready for `new OpenAI({ baseURL })`. */
  baseURL: string;
  /** e.g. http://127.0.0.1:54321/sandbox/control */
  controlURL: string;
  close(): Promise<void>;
}

function toRequest(req: http.IncomingMessage, body: Buffer, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = body.length > 0 && method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
    signal,
  });
}

/**
 * Writes a Web Response to Node the way Next's route handlers do (status and headers, then the
 * body through Next's own pipeToNodeResponse): headers go out with the first body chunk, a body
 * that errors destroys the socket, and a client that leaves cancels the body. So faults that
 * stream (stall-body) or drop the connection (reset) behave here as they do under `next start`.
 */
export async function serveWebResponse(res: http.ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (!['content-length', 'content-encoding', 'transfer-encoding'].includes(name)) res.setHeader(name, value);
  });
  if (response.body) await pipeToNodeResponse(response.body, res);
  else res.end();
}

/**
 * The sandbox API and its control API on a real node:http server (127.0.0.1, a free port), with
 * streaming responses and request signals as under Next. For tests of faults and resets.
 */
export async function startSandboxHttpServer(db: Db): Promise<SandboxHttpServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = toRequest(req, Buffer.concat(chunks), signalFromNodeResponse(res));
      const control = /^\/sandbox\/control\/([^/?]*)/.exec(request.url.replace(/^https?:\/\/[^/]+/, ''));
      const answer = control
        ? handleSandboxControl(db, request, decodeURIComponent(control[1] ?? ''))
        : handleSandboxRequest(db, request);
      answer
        .then((response) => serveWebResponse(res, response))
        .catch((error: unknown) => {
          if (res.headersSent) return void res.destroy();
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${origin}/sandbox/v1`,
    controlURL: `${origin}/sandbox/control`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
