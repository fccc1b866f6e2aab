import 'server-only';
import { invalidRequest } from './errors';

export type QueryValue = string | string[] | Record<string, string>;

/**
 * Reads a query string the way the API (and the SDK's `arrayFormat: 'brackets'`) writes it:
 * `ids[]=a&ids[]=b` and repeated `ids=a&ids=b` become arrays under `ids`, and `effective_at[gt]=1`
 * becomes `{ effective_at: { gt: '1' } }`.
 */
export function parseQuery(params: URLSearchParams): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [rawKey, value] of params) {
    const nested = /^([^[\]]+)\[([^[\]]+)\]$/.exec(rawKey);
    if (nested?.[1] && nested[2]) {
      const existing = out[nested[1]];
      const record =
        existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : {};
      record[nested[2]] = value;
      out[nested[1]] = record;
      continue;
    }
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === 'string') out[key] = [existing, value];
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
