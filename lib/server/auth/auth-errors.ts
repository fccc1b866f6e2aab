import 'server-only';

/*
 * Better Auth's APIError, recognised by shape: its class comes from more than one copy of the
 * package in a Next build, so `instanceof` cannot be trusted.
 */

/** The error's status name (`UNAUTHORIZED`, `FORBIDDEN`, `BAD_REQUEST`…), or null for any other error. */
export function authErrorStatus(err: unknown): string | null {
  if (err && typeof err === 'object' && 'statusCode' in err && 'status' in err && typeof err.status === 'string') return err.status;
  return null;
}

/** Better Auth's own code for the error (`INVALID_PASSWORD`…), when it gives one. */
export function authErrorCode(err: unknown): string | null {
  if (authErrorStatus(err) === null || !err || typeof err !== 'object' || !('body' in err)) return null;
  const body = err.body;
  return body && typeof body === 'object' && 'code' in body && typeof body.code === 'string' ? body.code : null;
}
