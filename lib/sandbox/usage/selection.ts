import 'server-only';
import type { DimValue, UsageSeries, UsageTypeSpec } from './types';

/*
 * Which series a request reads (its filters) and which result each one adds to (its group_by).
 * Grouping is by the series' own dimension values, so the groups always partition the filtered
 * total: the sum of the groups is the ungrouped answer.
 */

export interface Selection {
  series: UsageSeries[];
  /** Position of each selected series in the type's full list (for per-type caches). */
  indices: Int32Array;
  /** Group index of each selected series. */
  group: Int32Array;
  /** Each group's dimension values, in the spec's dims order (null where not grouped). */
  groups: DimValue[][];
}

/** The query's values for a list filter (strings) or the batch flag (a boolean). */
function filterValues(value: unknown): Set<DimValue> | null {
  if (value === undefined) return null;
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return new Set(list.filter((v): v is DimValue => typeof v === 'string' || typeof v === 'boolean'));
}

/** The query's group_by values, deduplicated. */
export function groupByOf(query: Record<string, unknown>): Set<string> {
  const value = query.group_by;
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return new Set(list.filter((v): v is string => typeof v === 'string'));
}

export function selectSeries(
  spec: Pick<UsageTypeSpec, 'dims' | 'filters'>,
  all: readonly UsageSeries[],
  query: Record<string, unknown>,
): Selection {
  const filters: [number, Set<DimValue>][] = [];
  for (const [param, dim] of Object.entries(spec.filters)) {
    const values = filterValues(query[param]);
    if (values) filters.push([spec.dims.indexOf(dim), values]);
  }
  const grouped = groupByOf(query);
  const groupedDims = spec.dims.map((dim) => grouped.has(dim));
  const keys = new Map<string, number>();
  const groups: DimValue[][] = [];
  const series: UsageSeries[] = [];
  const indices: number[] = [];
  const group: number[] = [];
  all.forEach((s, position) => {
    if (!filters.every(([i, values]) => values.has(s.dims[i] ?? null))) return;
    const values = s.dims.map((v, i) => (groupedDims[i] ? v : null));
    const key = JSON.stringify(values);
    let index = keys.get(key);
    if (index === undefined) {
      index = groups.length;
      keys.set(key, index);
      groups.push(values);
    }
    series.push(s);
    indices.push(position);
    group.push(index);
  });
  return { series, indices: Int32Array.from(indices), group: Int32Array.from(group), groups };
}
