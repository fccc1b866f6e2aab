import 'server-only';
import type { Db } from '@/lib/server/db';
import { invalidRequest } from '../../errors';
import { paginate, parseLimit } from '../../pagination';
import { findFirst, type ListSource } from '../../store';

/** The list shape of groups and roles: a `next` cursor instead of first_id / last_id. */
export interface NextCursorList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  next: string | null;
}

export interface NextCursorRules {
  defaultLimit: number;
  maxLimit: number;
  defaultOrder: 'asc' | 'desc';
}

export interface NextCursorOptions<T, R> {
  /** Items that come before every stored one in ascending order (the predefined roles). */
  leading?: readonly R[];
  idOf?: (item: R) => string;
  present?: (data: T) => R;
}

const cursorOf = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : undefined;

function orderOf(value: unknown, fallback: 'asc' | 'desc'): 'asc' | 'desc' {
  if (value === undefined || value === '') return fallback;
  if (value === 'asc' || value === 'desc') return value;
  throw invalidRequest(
    `Invalid value: '${String(value)}'. Supported values are: 'asc' and 'desc'.`,
    'order',
    'invalid_value',
  );
}

const list = <R>(data: R[], has_more: boolean, idOf: (item: R) => string): NextCursorList<R> => {
  const last = data.at(-1);
  return { object: 'list', data, has_more, next: has_more && last ? idOf(last) : null };
};

/**
 * One page of a list answered with a `next` cursor (the id of the page's last item, while there
 * are more). Stored items page in SQL through `paginate`; `leading` items (a handful of
 * constants) are spliced in front of them, or behind them when the order is descending, and an
 * `after` naming one of them continues from it.
 */
export async function nextCursorPage<T, R = T>(
  db: Db,
  source: ListSource,
  query: Record<string, unknown>,
  rules: NextCursorRules,
  options: NextCursorOptions<T, R> = {},
): Promise<NextCursorList<R>> {
  const limit = parseLimit(query.limit, { ...rules, minLimit: 1 });
  const order = orderOf(query.order, rules.defaultOrder);
  const after = cursorOf(query.after);
  const idOf = options.idOf ?? ((item: R) => (item as { id: string }).id);
  const present = options.present ?? ((data: T) => data as unknown as R);
  const leading =
    order === 'asc' ? [...(options.leading ?? [])] : [...(options.leading ?? [])].reverse();
  const leadingAt = after === undefined ? -1 : leading.findIndex((item) => idOf(item) === after);

  const stored = async (count: number, storedAfter: string | undefined) => {
    const pageQuery = { limit: count, after: storedAfter, order };
    const rulesForPage = { defaultLimit: count, maxLimit: Math.max(count, 1), order };
    return paginate<T, R>(db, source, pageQuery, rulesForPage, present);
  };

  if (order === 'asc' && (after === undefined || leadingAt >= 0)) {
    const fixed = leading.slice(leadingAt + 1);
    if (fixed.length > limit) return list(fixed.slice(0, limit), true, idOf);
    const room = limit - fixed.length;
    if (room === 0) return list(fixed, (await findFirst(db, source)) !== null, idOf);
    const page = await stored(room, undefined);
    return list([...fixed, ...page.data], page.has_more, idOf);
  }
  if (order === 'desc' && leadingAt >= 0) {
    const fixed = leading.slice(leadingAt + 1);
    return list(fixed.slice(0, limit), fixed.length > limit, idOf);
  }
  const page = await stored(limit, after);
  if (order === 'asc' || page.has_more) return list(page.data, page.has_more, idOf);
  // Descending: the stored items ran out on this page, so the leading ones follow.
  const room = limit - page.data.length;
  return list([...page.data, ...leading.slice(0, room)], leading.length > room, idOf);
}
