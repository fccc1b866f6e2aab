import 'server-only';
import { roleAtLeast } from '@/lib/admin/operation';
import { lookupSession } from '../auth/session';
import { getConfig } from '../config';
import { crossOriginReason, isJsonContentType } from '../proxy/origin';
import { errorResponse, jsonResponse } from '../proxy/respond';
import { inspectCertificatePem, MAX_CERTIFICATE_CHARS } from './inspect';

/** Room for the JSON around the PEM text; anything larger is refused before it is read whole. */
const MAX_BODY_BYTES = MAX_CERTIFICATE_CHARS * 2 + 1_024;

async function readCapped(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return null;
  const text = await request.text();
  return Buffer.byteLength(text) > MAX_BODY_BYTES ? null : text;
}

/**
 * POST /api/certificates/inspect `{ pem }`: what a certificate says before it is uploaded. Only a
 * signed-in console admin (the role that may upload) from the console's own origin; nothing is
 * sent upstream or stored.
 */
export async function handleInspectRequest(request: Request): Promise<Response> {
  const { session, setCookies } = await lookupSession(request.headers);
  const respond = (response: Response) => {
    for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
    return response;
  };
  if (!session)
    return respond(errorResponse(401, { code: 'unauthenticated', message: 'You are not signed in, or your session has ended. Sign in again.' }));
  const crossOrigin = crossOriginReason(request.headers, getConfig().allowedOrigins);
  if (crossOrigin) return respond(errorResponse(403, { code: 'cross_origin', message: `Refused: ${crossOrigin}.` }));
  if (!roleAtLeast(session.user.role, 'admin'))
    return respond(errorResponse(403, { code: 'forbidden', message: 'Only console admins may upload certificates.' }));
  if (!isJsonContentType(request.headers))
    return respond(errorResponse(415, { code: 'unsupported_media_type', message: 'Send the certificate as JSON: { "pem": "..." }.' }));
  const raw = await readCapped(request);
  if (raw === null)
    return respond(errorResponse(413, { code: 'too_large', message: `The certificate is too large: the API takes at most ${MAX_CERTIFICATE_CHARS.toLocaleString('en-US')} characters.` }));
  let pem: unknown;
  try {
    pem = (JSON.parse(raw) as { pem?: unknown }).pem;
  } catch {
    pem = undefined;
  }
  if (typeof pem !== 'string')
    return respond(errorResponse(400, { code: 'invalid_request', message: 'Send the certificate as JSON: { "pem": "..." }.' }));
  return respond(jsonResponse(200, inspectCertificatePem(pem)));
}
