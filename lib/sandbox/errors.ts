import 'server-only';

/** The body of every error the API returns. */
export interface ApiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/**
 * An error a handler throws to answer with the API's error shape and status. Anything else a
 * handler throws becomes a 500 server_error (see router.ts).
 */
export class SandboxError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;
  /** Extra response headers (e.g. Allow on a 405). */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    options: {
      type?: string;
      param?: string | null;
      code?: string | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'SandboxError';
    this.status = status;
    this.type = options.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error');
    this.param = options.param ?? null;
    this.code = options.code ?? null;
    this.headers = options.headers ?? {};
  }

  toBody(): ApiErrorBody {
    return {
      error: { message: this.message, type: this.type, param: this.param, code: this.code },
    };
  }
}

/** 400 invalid_request_error, naming the offending field in `param` when there is one. */
export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
): SandboxError {
  return new SandboxError(400, message, { param, code });
}

/** 404 for an id that names nothing, e.g. notFound('Project', 'proj_x'). */
export function notFound(what: string, id: string, param: string | null = null): SandboxError {
  return new SandboxError(404, `${what} with id '${id}' not found.`, { param });
}

/** The API's answer for a path it does not serve: `Invalid URL (GET /v1/organization/nope)`. */
export function invalidUrl(method: string, path: string): SandboxError {
  return new SandboxError(404, `Invalid URL (${method.toUpperCase()} /v1${path})`);
}

/** A path the API serves, asked with a method it does not take for that path. */
export function methodNotAllowed(method: string, path: string, allowed: string[]): SandboxError {
  return new SandboxError(405, `Invalid method for URL (${method.toUpperCase()} /v1${path})`, {
    headers: { allow: allowed.join(', ') },
  });
}

/** An operation the registry knows but the sandbox does not emulate (yet). */
export function notImplemented(method: string, path: string): SandboxError {
  return new SandboxError(
    501,
    `The sandbox organization does not emulate ${method.toUpperCase()} /v1${path} yet.`,
    {
      type: 'invalid_request_error',
      code: 'sandbox_not_implemented',
    },
  );
}

/** What the API says when a handler fails unexpectedly. */
export function serverError(): SandboxError {
  return new SandboxError(
    500,
    'The server had an error while processing your request. Sorry about that!',
  );
}

const KEY_HELP = 'You can find your API key at https://platform.openai.com/account/api-keys.';

export function missingApiKey(): SandboxError {
  return new SandboxError(
    401,
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.",
  );
}

/** Like the API, names the key masked: its prefix and last four characters only. */
export function incorrectApiKey(key: string): SandboxError {
  const masked =
    key.length >= 16
      ? `${key.slice(0, 9)}${'*'.repeat(key.length - 13)}${key.slice(-4)}`
      : '*'.repeat(key.length);
  return new SandboxError(401, `Incorrect API key provided: ${masked}. ${KEY_HELP}`, {
    code: 'invalid_api_key',
  });
}
