import 'server-only';
import type { InsightAnswer, InsightBucket, InsightSeries, Measures } from '@/lib/insights/types';
import type { Names } from './names';
import type { InsightQuery } from './query';
import type { UpstreamBucket, UpstreamResult } from './upstream';
import { WIDTH_SECONDS } from './windows';

/*
 * From upstream buckets to the answer the pages draw: one series per combination of the asked
 * group_by values (null values are their own "Unattributed" part), labelled with names, the largest
 * `top` kept by the type's ranking measure and the rest summed into "other". Totals are summed
 * from the buckets themselves, so they always equal the sum of what is drawn. A level measure
 * (vector stores' usage_bytes) is not a flow: its total is the latest bucket's.
 */

export const OTHER = 'other';
export const ALL = 'all';
const UNATTRIBUTED = 'Unattributed';

type Shaped = Omit<InsightAnswer, 'source' | 'as_of'>;

const groupValue = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** A measure of a result: a number field, or costs' `amount.value`. */
function measureOf(result: UpstreamResult, name: string): number {
  const raw = result[name];
  if (typeof raw === 'number') return raw;
  const value = name === 'amount' && typeof raw === 'object' && raw !== null ? (raw as { value?: unknown }).value : raw;
  const number = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(number) ? number : 0;
}

function partLabel(dim: string, value: string | null, names: Names): { label: string; gone: boolean } {
  if (value === null) return { label: UNATTRIBUTED, gone: false };
  const book = dim === 'project_id' ? names.projects : dim === 'user_id' ? names.users : dim === 'api_key_id' ? names.keys : null;
  if (book) return book.get(value) ?? { label: value, gone: false };
  if (dim === 'batch') return { label: value === 'true' ? 'batch' : 'not batch', gone: false };
  return { label: value, gone: false };
}

function describe(group: Record<string, string | null>, groupBy: readonly string[], names: Names) {
  const parts = groupBy.map((dim) => partLabel(dim, group[dim] ?? null, names));
  const allNull = groupBy.every((dim) => group[dim] === null);
  return {
    label: allNull ? UNATTRIBUTED : parts.map((p) => p.label).join(' · '),
    gone: parts.some((p) => p.gone),
  };
}

/** The series key of a result: its group values joined with "|" (null as "unattributed"). */
export function seriesKey(group: Record<string, string | null>, groupBy: readonly string[]): string {
  return groupBy.length === 0 ? ALL : groupBy.map((dim) => group[dim] ?? 'unattributed').join('|');
}

/**
 * Ids to name, and the project of each API key, from the results; only those of the series in
 * `kept` when given (the series drawn: naming the rest, summed into "other", would be wasted).
 */
export function idsToName(buckets: readonly UpstreamBucket[], groupBy: readonly string[], kept?: ReadonlySet<string>) {
  const projects = new Set<string>();
  const users = new Set<string>();
  const keys = new Map<string, string | null>();
  for (const bucket of buckets)
    for (const result of bucket.results) {
      if (kept && !kept.has(resultKey(result, groupBy))) continue;
      const project = groupValue(result.project_id);
      const user = groupValue(result.user_id);
      const key = groupValue(result.api_key_id);
      if (project && groupBy.includes('project_id')) projects.add(project);
      if (user && groupBy.includes('user_id')) users.add(user);
      if (key && groupBy.includes('api_key_id') && !keys.get(key)) keys.set(key, project);
    }
  return { projects, users, keys };
}

type Vector = Float64Array;

const resultKey = (result: UpstreamResult, groupBy: readonly string[]) =>
  groupBy.length === 0 ? ALL : groupBy.map((dim) => groupValue(result[dim]) ?? 'unattributed').join('|');

const NO_NAMES: Names = { projects: new Map(), users: new Map(), keys: new Map() };

function seriesEntry(key: string, group: Record<string, string | null>, totals: Measures, groupBy: readonly string[], names: Names): InsightSeries {
  const { label, gone } = groupBy.length === 0 ? { label: 'All', gone: false } : describe(group, groupBy, names);
  return { key, label, group, ...(gone ? { gone } : {}), totals };
}

/** The answer's series labelled with `names` ("other" stays as it is). */
export function nameSeries(shaped: Shaped, names: Names): Shaped {
  const series = shaped.series.map((s) => (s.key === OTHER ? s : seriesEntry(s.key, s.group, s.totals, shaped.group_by, names)));
  return { ...shaped, series };
}

/**
 * The answer for `starts` (every bucket of the range), from the buckets upstream gave; its series
 * labelled with `names`, or with their ids until nameSeries names them.
 */
export function shapeAnswer(query: InsightQuery, starts: readonly number[], buckets: readonly UpstreamBucket[], names: Names = NO_NAMES): Shaped {
  const { info, groupBy } = query;
  const measures = info.measures;
  const width = measures.length;
  const seconds = WIDTH_SECONDS[query.width];
  const byStart = new Map(buckets.map((b) => [b.start_time, b] as const));
  const groups = new Map<string, Record<string, string | null>>();
  let currency: string | undefined;

  // Per bucket, per series (before top N): the measures as vectors, in `measures` order.
  const perBucket = starts.map((start) => {
    const values = new Map<string, Vector>();
    for (const result of byStart.get(start)?.results ?? []) {
      const key = resultKey(result, groupBy);
      if (!groups.has(key)) groups.set(key, Object.fromEntries(groupBy.map((dim) => [dim, groupValue(result[dim])])));
      let into = values.get(key);
      if (!into) values.set(key, (into = new Float64Array(width)));
      for (let k = 0; k < width; k++) into[k] = (into[k] ?? 0) + measureOf(result, measures[k] ?? '');
      const amount = result.amount as { currency?: unknown } | undefined;
      if (typeof amount?.currency === 'string') currency ??= amount.currency;
    }
    return values;
  });

  // Flows add up over the buckets; a level counts in the last bucket that has any data.
  const lastFilled = perBucket.findLastIndex((values) => values.size > 0);
  const level = measures.map((name) => info.levels.includes(name));
  const addInto = (totals: Vector, v: Vector, b: number) => {
    for (let k = 0; k < width; k++) if (!level[k] || b === lastFilled) totals[k] = (totals[k] ?? 0) + (v[k] ?? 0);
  };
  const toMeasures = (v: Vector): Measures => Object.fromEntries(measures.map((name, k) => [name, v[k] ?? 0]));
  const isZero = (v: Vector) => v.every((x) => x === 0);

  const seriesTotals = new Map<string, Vector>();
  perBucket.forEach((values, b) => {
    for (const [key, v] of values) {
      let totals = seriesTotals.get(key);
      if (!totals) seriesTotals.set(key, (totals = new Float64Array(width)));
      addInto(totals, v, b);
    }
  });
  const rankIndex = info.rank.map((name) => measures.indexOf(name));
  const rank = (v: Vector) => rankIndex.reduce((sum, k) => sum + (v[k] ?? 0), 0);
  const ranked = [...seriesTotals]
    .map(([key, totals]) => ({ key, totals, size: rank(totals) }))
    .sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
  const kept = ranked.slice(0, query.top);
  const rest = new Set(ranked.slice(query.top).map((s) => s.key));

  const series: InsightSeries[] = kept.map(({ key, totals }) => seriesEntry(key, groups.get(key) ?? {}, toMeasures(totals), groupBy, names));

  // The buckets as drawn, and the answer's totals summed from them.
  const totals = new Float64Array(width);
  const otherTotals = new Float64Array(width);
  const answerBuckets: InsightBucket[] = perBucket.map((values, b) => {
    const start = starts[b] ?? 0;
    const out: Record<string, Measures> = {};
    const other = new Float64Array(width);
    for (const [key, v] of values) {
      if (rest.has(key)) for (let k = 0; k < width; k++) other[k] = (other[k] ?? 0) + (v[k] ?? 0);
      else if (!isZero(v)) {
        out[key] = toMeasures(v);
        addInto(totals, v, b);
      }
    }
    if (rest.size > 0 && !isZero(other)) {
      out[OTHER] = toMeasures(other);
      addInto(otherTotals, other, b);
      addInto(totals, other, b);
    }
    return { start, end: start + seconds, values: out };
  });
  if (rest.size > 0) series.push({ key: OTHER, label: `Other (${rest.size} more)`, group: {}, totals: toMeasures(otherTotals) });

  const first = starts[0] ?? Math.floor(query.start / seconds) * seconds;
  return {
    kind: query.kind,
    type: query.type,
    width: query.width,
    start: first,
    end: Math.max(first, Math.ceil(query.end / seconds) * seconds),
    group_by: groupBy,
    measures: [...info.measures],
    ...(query.kind === 'costs' ? { currency: currency ?? 'usd' } : {}),
    series,
    buckets: answerBuckets,
    totals: toMeasures(totals),
  };
}
