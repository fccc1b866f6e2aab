import 'server-only';
import type { ListPage } from '@/lib/admin/types';
import type { Db } from '@/lib/server/db';
import { invalidRequest } from './errors';
import { getObject, listObjects, type ListPosition, type ListSource } from './store';


export interface PageRules {
  defaultLimit: number;
  minLimit: number;
  maxLimit: number;
  /** The operation takes `before` (most do not). */
  before: boolean;
  /** The operation's default `order`, or null when it does not take `order` (then: oldest first). */
  order: 'asc' | 'desc' | null;
}

/** What most Admin API lists do: limit 1..100, default 20, `after` only, oldest first. */
export const DEFAULT_PAGE_RULES: PageRules = {
  defaultLimit: 20,
  minLimit: 1,
  maxLimit: 100,
  before: false,
  order: null,
};

/** Reads `limit`, as a string from the URL or a number from a coercing schema. */
export function parseLimit(
  value: unknown,
  rules: Pick<PageRules, 'defaultLimit' | 'minLimit' | 'maxLimit'>,
): number {
  if (value === undefined || value === '') return rules.defaultLimit;
  const limit =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value.trim())
        ? Number(value)
        : NaN;
  if (!Number.isInteger(limit)) {
    throw invalidRequest(
      `Invalid type for 'limit': expected an integer, but got ${JSON.stringify(value)} instead.`,
      'limit',
      'invalid_type',
    );
  }
  if (limit < rules.minLimit) {
    throw invalidRequest(
      `Invalid 'limit': integer below minimum value. Expected a value >= ${rules.minLimit}, but got ${limit} instead.`,
      'limit',
      'integer_below_min_value',
    );
  }
  if (limit > rules.maxLimit) {
    throw invalidRequest(
      `Invalid 'limit': integer above maximum value. Expected a value <= ${rules.maxLimit}, but got ${limit} instead.`,
      'limit',
      'integer_above_max_value',
    );
  }
  return limit;
}

function parseCursor(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throw invalidRequest(`Invalid type for '${name}': expected a string.`, name, 'invalid_type');
  return value;
}

/**
 * A cursor names an object of the list. An id that names nothing there (never existed, or was
 * deleted since the previous page) is refused with a 400 naming the parameter rather than
 * silently answered with an empty or restarted page: a client walking the list learns it lost its
 * place instead of believing it reached the end.
 */
async function resolveCursor(
  db: Db,
  source: ListSource,
  id: string,
  name: string,
): Promise<ListPosition> {
  const found = await getObject(db, source.kind, source.scope ?? '', id);
  if (!found)
    throw invalidRequest(
      `Invalid '${name}': no object with id '${id}' in this list.`,
      name,
      'invalid_cursor',
    );
  return { seq: found.seq, id: found.id };
}

/**
 * One page of a list, exactly as the API pages it: `limit`, `after` (and `before`, `order` where
 * the operation takes them), answered as `{ object: 'list', data, first_id, last_id, has_more }`.
 * `present` turns a stored object into what the API shows (defaults to the stored JSON).
 */
export async function paginate<T, R = T>(
  db: Db,
  source: ListSource,
  query: Record<string, unknown>,
  rules: Partial<PageRules> = {},
  present: (data: T) => R = (data) => data as unknown as R,
): Promise<ListPage<R>> {
  const r = { ...DEFAULT_PAGE_RULES, ...rules };
  const limit = parseLimit(query.limit, r);
  let order = r.order ?? 'asc';
  if (r.order !== null && query.order !== undefined) {
    if (query.order !== 'asc' && query.order !== 'desc') {
      throw invalidRequest(
        `Invalid value: '${String(query.order)}'. Supported values are: 'asc' and 'desc'.`,
        'order',
        'invalid_value',
      );
    }
    order = query.order;
  }
  const after = parseCursor(query.after, 'after');
  const before = r.before ? parseCursor(query.before, 'before') : undefined;

  // `before` pages backwards from its cursor: read in the opposite direction, then flip back.
  // Given both cursors, `after` wins (no operation documents a window between the two).
  const backwards = before !== undefined && after === undefined;
  const cursor = backwards ? before : after;
  const startAfter =
    cursor === undefined
      ? undefined
      : await resolveCursor(db, source, cursor, backwards ? 'before' : 'after');
  const direction = backwards ? (order === 'asc' ? 'desc' : 'asc') : order;
  const rows = await listObjects<T>(db, { ...source, direction, startAfter, limit: limit + 1 });
  const has_more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  const data = page.map((row) => present(row.data));
  return {
    object: 'list',
    data,
    first_id: page[0]?.id ?? null,
    last_id: page.at(-1)?.id ?? null,
    has_more,
  };
}
