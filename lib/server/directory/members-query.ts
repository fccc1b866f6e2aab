import 'server-only';

/*
 * The members view over the directory: search, role filter, sort and one page, computed on the
 * server so the browser receives only the rows it shows, whatever the organization's size.
 */

export interface MemberRow {
  id: string;
  name: string | null;
  email: string | null;
  role: string | null;
  added_at: number;
  is_scim_managed: boolean;
  /** Null while memberships are still being read. */
  projects: { id: string; name: string; role: string; archived: boolean }[] | null;
  groups: { id: string; name: string }[] | null;
}

export const MEMBER_SORTS = ['name', 'email', 'role', 'added_at'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

export interface MembersQuery {
  q: string;
  role: string | null;
  sort: MemberSort;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
  /** Only these ids (e.g. a group's members), when set. */
  ids: ReadonlySet<string> | null;
}

export const MAX_PAGE = 200;

/** Reads the query string; unknown or out-of-range values fall back to defaults (it is a view, not a write). */
export function parseMembersQuery(search: URLSearchParams): MembersQuery {
  const sort = search.get('sort');
  const int = (name: string, fallback: number, max: number) => {
    const n = Number(search.get(name));
    return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
  };
  const ids = search
    .getAll('ids')
    .flatMap((v) => v.split(','))
    .filter(Boolean);
  return {
    q: (search.get('q') ?? '').trim().toLowerCase(),
    role: search.get('role') || null,
    sort: MEMBER_SORTS.includes(sort as MemberSort) ? (sort as MemberSort) : 'name',
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
    offset: int('offset', 0, Number.MAX_SAFE_INTEGER),
    limit: int('limit', 50, MAX_PAGE) || 50,
    ids: ids.length > 0 ? new Set(ids) : null,
  };
}

const text = (value: string | null) => (value ?? '').toLowerCase();

function compare(sort: MemberSort): (a: MemberRow, b: MemberRow) => number {
  if (sort === 'added_at') return (a, b) => a.added_at - b.added_at;
  // People without a name sort by their email, after everyone named.
  return (a, b) => {
    const x = sort === 'name' ? text(a.name) || `\uffff${text(a.email)}` : text(a[sort]);
    const y = sort === 'name' ? text(b.name) || `\uffff${text(b.email)}` : text(b[sort]);
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
  };
}

export interface MembersPage {
  data: MemberRow[];
  total: number;
  /** Members per organization role, over the search (for the filter's counts). */
  roles: Record<string, number>;
}

export function queryMembers(rows: readonly MemberRow[], query: MembersQuery): MembersPage {
  const searched = rows.filter(
    (row) =>
      (!query.ids || query.ids.has(row.id)) &&
      (!query.q || text(row.name).includes(query.q) || text(row.email).includes(query.q)),
  );
  const roles: Record<string, number> = {};
  for (const row of searched)
    roles[row.role ?? 'unknown'] = (roles[row.role ?? 'unknown'] ?? 0) + 1;
  const filtered = query.role ? searched.filter((row) => row.role === query.role) : searched;
  const sorted = [...filtered].sort(compare(query.sort));
  if (query.order === 'desc') sorted.reverse();
  return {
    data: sorted.slice(query.offset, query.offset + query.limit),
    total: filtered.length,
    roles,
  };
}
