import 'server-only';
import OpenAI from 'openai';
import type { ConsoleErrorBody } from '@/lib/admin/errors';

export interface MappedError {
  status: number;
  error: ConsoleErrorBody['error'];
  /** True when the change may have been applied although no answer says so. */
  outcomeUnknown: boolean;
}

function upstreamMessage(err: InstanceType<typeof OpenAI.APIError>): string | null {
  const body = err.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' && body.message ? body.message : null;
}

function retryAfterSeconds(headers: Headers | undefined): number | null {
  const raw = headers?.get('retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Turns what the SDK threw into what a person is told, with the upstream request id. */
export function mapUpstreamError(err: unknown, mutates: boolean, host: string): MappedError {
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return {
      status: 504,
      outcomeUnknown: mutates,
      error: {
        code: mutates ? 'outcome_unknown' : 'upstream_timeout',
        message: mutates
          ? `OpenAI did not answer in time, so it is not known whether the change was applied. Reload to check before trying again.`
          : `OpenAI did not answer in time (${host}). Try again in a moment.`,
      },
    };
  }
  if (err instanceof OpenAI.APIConnectionError) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return {
      status: 502,
      outcomeUnknown: mutates,
      error: {
        code: mutates ? 'outcome_unknown' : 'upstream_unreachable',
        message: mutates
          ? `The connection to OpenAI broke, so it is not known whether the change was applied. Reload to check before trying again.`
          : `The organization cannot be reached: no connection to ${host}${cause}. Check the server's network and OPENAI_BASE_URL.`,
      },
    };
  }
  if (err instanceof OpenAI.APIError) {
    const requestId = err.requestID ?? null;
    const said = upstreamMessage(err);
    const param = (err.error as { param?: unknown } | undefined)?.param;
    const status = err.status ?? 502;
    if (status === 401 || status === 403) {
      return {
        status: 502,
        outcomeUnknown: false,
        error: {
          code: 'upstream_auth',
          message: `The organization's admin key was rejected by OpenAI (${status}${said ? `: ${said}` : ''}). Check OPENAI_ADMIN_KEY on the server.`,
          upstream_request_id: requestId,
        },
      };
    }
    if (status === 429) {
      const wait = retryAfterSeconds(err.headers);
      return {
        status: 429,
        outcomeUnknown: false,
        error: {
          code: 'rate_limited',
          message: `OpenAI is rate limiting the organization's admin requests. Try again${wait !== null ? ` in ${wait} s` : ' shortly'}.`,
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
            ? `OpenAI answered with an error (${status}), and it is not known whether the change was applied. Reload to check before trying again.`
            : `OpenAI answered with an error (${status}). Try again in a moment; if it persists, quote the request id to OpenAI support.`,
          upstream_request_id: requestId,
        },
      };
    }
    return {
      status,
      outcomeUnknown: false,
      error: {
        code: status === 404 ? 'not_found' : 'invalid_request',
        message: said ?? `OpenAI refused the request (${status}).`,
        param: typeof param === 'string' ? param : null,
        upstream_request_id: requestId,
      },
    };
  }
  return {
    status: 500,
    outcomeUnknown: mutates,
    error: { code: 'internal', message: 'The console failed while talking to OpenAI. The server log has the details.' },
  };
}
