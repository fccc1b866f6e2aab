import 'server-only';
import { SandboxError } from './errors';
import { newRequestId } from './random';

export interface ResponseMeta {
  /** performance.now() when the request arrived, for openai-processing-ms. */
  startedAt: number;
  /** The organization id for openai-organization; null before the organization exists. */
  organizationId: string | null;
}

/** A JSON response with the headers every API response carries. */
export function jsonResponse(
  status: number,
  body: unknown,
  meta: ResponseMeta,
  extra: Record<string, string> = {},
): Response {
  const headers = new Headers({
    'content-type': 'application/json',
    'x-request-id': newRequestId(),
    'openai-version': '2020-10-01',
    'openai-processing-ms': String(Math.max(0, Math.round(performance.now() - meta.startedAt))),
    'cache-control': 'no-store',
    ...extra,
  });
  if (meta.organizationId) headers.set('openai-organization', meta.organizationId);
  return new Response(JSON.stringify(body), { status, headers });
}

export function errorResponse(error: SandboxError, meta: ResponseMeta): Response {
  return jsonResponse(error.status, error.toBody(), meta, error.headers);
}

/** What /sandbox/v1 answers when the sandbox is switched off: an API-shaped 404. */
export function sandboxDisabledResponse(): Response {
  const error = new SandboxError(
    404,
    'The sandbox organization is not enabled on this server (set SANDBOX_ENABLED=true).',
  );
  return errorResponse(error, { startedAt: performance.now(), organizationId: null });
}
