import 'server-only';
import { SandboxError, serverError } from '../errors';
import type { FaultPlan } from './plan';
import type { ServerErrorStatus } from './spec';

// How each fault turns into an answer. Faults that refuse (429, 5xx, `reset`, `stall`) happen
// before the request is applied, so nothing changed; `reset-after-apply`, `truncated` and
// `stall-body` act on the answer of a request that was applied.

/** Waits `ms`, or less when the client goes away first. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * The reason a response body errors on purpose. Named AbortError so Next's response piping treats
 * it as an aborted response: it destroys the socket without logging a failure.
 */
function droppedOnPurpose(): DOMException {
  return new DOMException('The sandbox dropped this connection (x-sandbox-fault).', 'AbortError');
}

/**
 * A response whose body fails before its first byte: the server (Next, or node:http through
 * serveWebResponse) destroys the socket without ever sending headers, so the client sees the
 * connection drop, never an answer.
 */
export function droppedConnection(): Response {
  const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.error(droppedOnPurpose()) });
  return new Response(body, { status: 200 });
}

/** The same answer with its body cut off halfway (always at least one byte short). */
async function truncated(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const head = bytes.slice(0, Math.max(1, Math.floor(bytes.length / 2)));
  return new Response(head, { status: response.status, headers: response.headers });
}

/** Headers and half the body, then nothing until `maxMs` or the client leaves; then a drop. */
async function stalledBody(response: Response, maxMs: number, signal?: AbortSignal): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const head = bytes.slice(0, Math.max(1, Math.floor(bytes.length / 2)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
      const drop = () => {
        clearTimeout(timer);
        try {
          controller.error(droppedOnPurpose());
        } catch {
          // Already cancelled by the server: nothing left to drop.
        }
      };
      timer = setTimeout(drop, maxMs);
      signal?.addEventListener('abort', drop, { once: true });
    },
    cancel: () => clearTimeout(timer),
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

function rateLimited(retryAfterSeconds: number, retryAfterMs: number | null): SandboxError {
  const wait = retryAfterMs === null ? `${retryAfterSeconds}s` : `${retryAfterMs}ms`;
  return new SandboxError(429, `Rate limit reached for requests. Please try again in ${wait}.`, {
    type: 'requests',
    code: 'rate_limit_exceeded',
    headers: {
      'retry-after': String(retryAfterSeconds),
      ...(retryAfterMs === null ? {} : { 'retry-after-ms': String(retryAfterMs) }),
    },
  });
}

const SERVER_ERROR_MESSAGES: Record<Exclude<ServerErrorStatus, 500>, string> = {
  502: 'Bad gateway.',
  503: 'The server is overloaded or not ready yet.',
  504: 'Gateway timeout.',
};

function serverErrorFault(status: ServerErrorStatus): SandboxError {
  return status === 500 ? serverError() : new SandboxError(status, SERVER_ERROR_MESSAGES[status]);
}

/**
 * Before the request is applied: waits out the latency, then throws the fault's API error
 * (429/5xx) or returns the response that replaces the answer (`stall`, `reset`); null = go on.
 */
export async function faultBeforeApplying(plan: FaultPlan, signal?: AbortSignal): Promise<Response | null> {
  await pause(plan.latencyMs, signal);
  const fault = plan.outcome;
  if (fault?.kind === 'rate-limit') throw rateLimited(fault.retryAfterSeconds, fault.retryAfterMs);
  if (fault?.kind === 'server-error') throw serverErrorFault(fault.status);
  if (fault?.kind === 'reset' && !fault.afterApply) return droppedConnection();
  if (fault?.kind === 'stall' && fault.phase === 'headers') {
    await pause(fault.maxMs, signal);
    return droppedConnection();
  }
  return null;
}

/** After the request was applied: what becomes of its answer. */
export async function faultAfterApplying(plan: FaultPlan, response: Response, signal?: AbortSignal): Promise<Response> {
  const fault = plan.outcome;
  if (fault?.kind === 'reset' && fault.afterApply) return droppedConnection();
  if (fault?.kind === 'truncated') return truncated(response);
  if (fault?.kind === 'stall' && fault.phase === 'body') return stalledBody(response, fault.maxMs, signal);
  return response;
}
