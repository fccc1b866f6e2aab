import 'server-only';
import { invalidRequest } from './errors';

export type QueryValue = string | string[];

/**
 * Reads a query string the way the API (and the SDK's `arrayFormat: 'brackets'`) writes it:
 * `ids[]=a&ids[]=b` and repeated `ids=a&ids=b` become arrays under `ids`. Bracketed names such as
 * `effective_at[gt]` stay whole keys, as the registry's schemas name them.
 */
export function parseQuery(params: URLSearchParams): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [rawKey, value] of params) {
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (Array.isArray(existing)) existing.push(value);
    else if (existing !== undefined) out[key] = [existing, value];
    else out[key] = isArray ? [value] : value;
  }
  return out;
}

const MALFORMED_JSON =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

/** The JSON body, or undefined when there is none. Malformed JSON is a 400, as upstream. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest(MALFORMED_JSON);
  }
}
