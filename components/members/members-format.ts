import type { CsvColumn } from '@/lib/format/csv';
import type { MemberRow } from '@/lib/queries/directory';

/*
 * Pure helpers behind the members page: sorting, paging text, membership summaries and the CSV
 * columns. Kept free of React so they are tested on their own.
 */

export type MemberSort = 'name' | 'email' | 'role' | 'added_at';
export type SortOrder = 'asc' | 'desc';

export const MEMBER_SORTS: readonly MemberSort[] = ['name', 'email', 'role', 'added_at'];
export const PAGE_SIZE = 50;

export const numberFormat = new Intl.NumberFormat('en-US');

/** The sort after clicking a column header: the same column flips, another starts at its natural order. */
export function nextSort(
  current: { sort: MemberSort; order: SortOrder },
  column: MemberSort,
): { sort: MemberSort; order: SortOrder } {
  if (current.sort === column)
    return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc' };
  // Newest first is what people want when they sort by date.
  return { sort: column, order: column === 'added_at' ? 'desc' : 'asc' };
}

/** "1–50 of 10,000"; "0 of 0" when nothing matches. */
export function pageRangeText(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return `0 of ${numberFormat.format(total)}`;
  return `${numberFormat.format(offset + 1)}–${numberFormat.format(offset + shown)} of ${numberFormat.format(total)}`;
}

/** A 1-based page number from the URL; anything else is page 1. */
export function parsePage(text: string): number {
  const page = Number(text);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** "Warehouse Vision, Docs Translation +3 more"; "—" for none. */
export function summarizeNames(names: readonly string[], max = 2): string {
  if (names.length === 0) return '—';
  const head = names.slice(0, max).join(', ');
  return names.length > max ? `${head} +${names.length - max} more` : head;
}

/** "a", "a and b", "a, b and c". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "1 project", "3 projects". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

/** What removing a member takes away, in words, from their row and their role assignments. */
export function removalLosses(
  member: Pick<MemberRow, 'projects' | 'groups'>,
  roleNames: readonly string[] | null,
): string[] {
  const losses: string[] = [];
  const projects = (member.projects ?? []).map((p) => p.name);
  if (member.projects === null) losses.push('their project memberships');
  else if (projects.length > 0)
    losses.push(`membership of ${plural(projects.length, 'project')}: ${joinNames(projects)}`);
  const groups = (member.groups ?? []).map((g) => g.name);
  if (groups.length > 0)
    losses.push(`membership of ${plural(groups.length, 'group')}: ${joinNames(groups)}`);
  if (roleNames === null) losses.push('their organization role assignments');
  else if (roleNames.length > 0)
    losses.push(`${roleNames.length === 1 ? 'the role' : 'the roles'} ${joinNames(roleNames)}`);
  return losses;
}

const isoDay = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().slice(0, 10);

/** The members CSV: one line per person, memberships as "name (role)" lists. */
export const MEMBER_CSV_COLUMNS: readonly CsvColumn<MemberRow>[] = [
  { header: 'Name', value: (m) => m.name },
  { header: 'Email', value: (m) => m.email },
  { header: 'Organization role', value: (m) => m.role },
  { header: 'Added', value: (m) => isoDay(m.added_at) },
  { header: 'Projects', value: (m) => m.projects?.map((p) => `${p.name} (${p.role})`).join('; ') },
  { header: 'Groups', value: (m) => m.groups?.map((g) => g.name).join('; ') },
  { header: 'SCIM managed', value: (m) => m.is_scim_managed },
  { header: 'User id', value: (m) => m.id },
];
