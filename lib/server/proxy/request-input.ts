import 'server-only';
import type { z } from 'zod';

export const MAX_BODY_BYTES = 256 * 1024;

/** Query string → object; `a[]=x` and repeated keys become arrays, as the API writes them. */
export function parseQuery(search: URLSearchParams): Record<string, string | string[]> {
  // No prototype: `__proto__=x` must stay a key (refused as unknown), not vanish into the prototype.
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [rawKey, value] of search) {
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const previous = out[key];
    if (previous === undefined) out[key] = isArray ? [value] : value;
    else out[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

export type BodyResult = { ok: true; body: unknown } | { ok: false; message: string };

const TOO_LARGE = `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`;

/** The body as text, reading no more than MAX_BODY_BYTES (also when no Content-Length is sent); null when larger. */
async function readCapped(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON body of at most MAX_BODY_BYTES. An empty body reads as undefined. */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  const text = await readCapped(request);
  if (text === null) return { ok: false, message: TOO_LARGE };
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'The request body is not valid JSON.' };
  }
}

export interface InvalidInput {
  param: string;
  message: string;
}

/** The first problem zod found, with the field path the way the API names params. */
export function firstIssue(error: z.ZodError, prefix?: string): InvalidInput {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const param = [prefix, path].filter(Boolean).join('.') || (prefix ?? 'body');
  return { param, message: `${param}: ${issue?.message ?? 'is invalid'}` };
}
