import 'server-only';
import OpenAI from 'openai';
import type { ConsoleErrorBody } from '@/lib/admin/errors';

/** Who answers upstream, for messages: "OpenAI" at api.openai.com, or the sandbox. */
export interface Upstream {
  name: string;
  host: string;
}

export interface MappedError {
  status: number;
  error: ConsoleErrorBody['error'];
  /** True when the change may have been applied although no answer says so. */
  outcomeUnknown: boolean;
}

// Anything shaped like a key (OpenAI quotes a masked one when it refuses it): never passed on.
const KEY_LIKE = /\b(sk|key|rk)-[A-Za-z0-9*_-]{6,}/g;
export const redactKeys = (text: string) => text.replace(KEY_LIKE, '[redacted key]');

function upstreamMessage(err: InstanceType<typeof OpenAI.APIError>): string | null {
  const body = err.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' && body.message ? redactKeys(body.message) : null;
}

function retryAfterSeconds(headers: Headers | undefined): number | null {
  const raw = headers?.get('retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const UNKNOWN_OUTCOME = 'so it is not known whether the change was applied. Reload to check before trying again.';

/** Turns what the SDK threw into what a person is told, with the upstream request id. */
export function mapUpstreamError(err: unknown, mutates: boolean, upstream: Upstream): MappedError {
  const { name, host } = upstream;
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return {
      status: 502,
      outcomeUnknown: mutates,
      error: mutates
        ? { code: 'outcome_unknown', message: `${name} did not answer in time, ${UNKNOWN_OUTCOME}` }
        : { code: 'upstream_timeout', message: `${name} did not answer in time (${host}). Try again in a moment.` },
    };
  }
  if (err instanceof OpenAI.APIConnectionError) {
    const cause = err.cause instanceof Error ? `: ${redactKeys(err.cause.message)}` : '';
    return {
      status: 502,
      outcomeUnknown: mutates,
      error: mutates
        ? { code: 'outcome_unknown', message: `The connection to ${name} broke, ${UNKNOWN_OUTCOME}` }
        : { code: 'upstream_unreachable', message: `The organization cannot be reached: no connection to ${host}${cause}. Check the server's network and OPENAI_BASE_URL.` },
    };
  }
  if (err instanceof OpenAI.APIError) {
    const requestId = err.requestID ?? null;
    const status = err.status ?? 502;
    if (status === 401 || status === 403) {
      // Not the upstream's words: OpenAI quotes (part of) the rejected key in them.
      return {
        status: 502,
        outcomeUnknown: false,
        error: { code: 'upstream_auth', message: `The organization's admin key was rejected by ${name} (${status}). Check OPENAI_ADMIN_KEY on the server.`, upstream_request_id: requestId },
      };
    }
    if (status === 429) {
      const wait = retryAfterSeconds(err.headers);
      return {
        status: 429,
        outcomeUnknown: false,
        error: {
          code: 'rate_limited',
          message: `${name} is rate limiting the organization's admin requests. Try again${wait !== null ? ` in ${wait} s` : ' shortly'}.`,
          upstream_request_id: requestId,
          retry_after_seconds: wait,
        },
      };
    }
    if (status >= 500) {
      return {
        status: 502,
        outcomeUnknown: mutates,
        error: {
          code: mutates ? 'outcome_unknown' : 'upstream_error',
          message: mutates
            ? `${name} answered with an error (${status}), ${UNKNOWN_OUTCOME}`
            : `${name} answered with an error (${status}). Try again in a moment; if it persists, quote the request id to OpenAI support.`,
          upstream_request_id: requestId,
        },
      };
    }
    const param = (err.error as { param?: unknown } | undefined)?.param;
    return {
      status,
      outcomeUnknown: false,
      error: {
        code: status === 404 ? 'not_found' : 'invalid_request',
        message: upstreamMessage(err) ?? `${name} refused the request (${status}).`,
        param: typeof param === 'string' ? param : null,
        upstream_request_id: requestId,
      },
    };
  }
  if (err instanceof SyntaxError) {
    // The answer came but could not be parsed (cut off, or not JSON).
    return {
      status: 502,
      outcomeUnknown: mutates,
      error: mutates
        ? { code: 'outcome_unknown', message: `${name} sent an answer the console could not read, ${UNKNOWN_OUTCOME}` }
        : { code: 'upstream_bad_answer', message: `${name} sent an answer the console could not read (cut off or not JSON). Try again in a moment.` },
    };
  }
  return {
    status: 502,
    outcomeUnknown: mutates,
    error: { code: 'internal', message: `The console failed while talking to ${name}. The server log has the details.` },
  };
}
