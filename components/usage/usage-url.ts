import { BUCKET_WIDTHS, USAGE_TYPES, type BucketWidth, type UsageType } from '@/lib/insights/types';
import { customRange, fittingWidth, presetRange, RANGE_PRESETS, widthProblem, type RangeChoice, type TimeRange } from '@/components/charts/time-range';
import { FILTERS, USAGE_FILTERS, USAGE_GROUPS } from './usage-catalog';

/*
 * /usage keeps its whole view in the URL, so a view can be bookmarked and shared:
 * ?type=images&range=7d&width=1h&group=project_id,size&project=proj_1&top=10&measure=images&hide=other
 * Missing or unknown values fall back to defaults; values the type does not have are ignored.
 */

export const USAGE_URL_KEYS = ['type', 'range', 'from', 'to', 'width', 'group', 'top', 'measure', 'hide', ...Object.values(FILTERS).map((f) => f.url)] as const;
export type UsageUrl = Record<(typeof USAGE_URL_KEYS)[number], string>;

export const TOP_CHOICES = [5, 10, 20, 50] as const;
export const DEFAULTS = { type: 'completions', range: '30d', width: '1d', group: 'project_id', top: 10 } as const;

export interface UsageState {
  type: UsageType;
  range: RangeChoice;
  from: string;
  to: string;
  width: BucketWidth;
  /** Group-by fields the type has, in the catalogue's order; empty = one series for everything. */
  group: string[];
  top: number;
  /** The measure the chart stacks ('' = the type's first). */
  measure: string;
  /** Series keys hidden from the chart (the table still lists them). */
  hidden: string[];
  /** Filter values by API parameter (project_ids → ids), only filters the type accepts. */
  filters: Record<string, string[]>;
}

export const splitList = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T => ((values as readonly string[]).includes(value) ? (value as T) : fallback);

export function readUsageUrl(url: Partial<UsageUrl>): UsageState {
  const type = oneOf(USAGE_TYPES, url.type ?? '', DEFAULTS.type);
  const groups = USAGE_GROUPS[type];
  // "none" keeps an explicit "not grouped" apart from "not chosen yet" (the default, by project).
  const group = url.group === undefined || url.group === '' ? [DEFAULTS.group] : url.group === 'none' ? [] : splitList(url.group);
  const filters: Record<string, string[]> = {};
  for (const param of USAGE_FILTERS[type]) {
    const spec = FILTERS[param];
    const values = spec ? splitList(url[spec.url as keyof UsageUrl] ?? '') : [];
    const allowed = spec?.values ? values.filter((v) => spec.values?.includes(v)) : values;
    // Batch is one yes-or-no: both ticked means no filter.
    if (param === 'batch' && allowed.length !== 1) continue;
    if (allowed.length) filters[param] = allowed;
  }
  const top = Number(url.top);
  return {
    type,
    range: url.range === 'custom' ? 'custom' : oneOf(RANGE_PRESETS, url.range ?? '', DEFAULTS.range),
    from: url.from ?? '',
    to: url.to ?? '',
    width: oneOf(BUCKET_WIDTHS, url.width ?? '', DEFAULTS.width),
    group: groups.filter((field) => group.includes(field)),
    top: (TOP_CHOICES as readonly number[]).includes(top) ? top : DEFAULTS.top,
    measure: url.measure ?? '',
    hidden: splitList(url.hide ?? ''),
    filters,
  };
}

export type ResolvedRange = { ok: true; range: TimeRange; widthProblem: string | null } | { ok: false; error: string };

/** The view's time range at `now`, and whether its bucket width suits it. */
export function resolveRange(state: Pick<UsageState, 'range' | 'from' | 'to' | 'width'>, now: number): ResolvedRange {
  if (state.range === 'custom') {
    const custom = customRange(state.from, state.to, now);
    return custom.ok ? { ok: true, range: custom.range, widthProblem: widthProblem(custom.range, state.width) } : custom;
  }
  const range = presetRange(state.range, state.width, now);
  return { ok: true, range, widthProblem: widthProblem(range, state.width) };
}

/** The URL changes for a new range: keeps the width when it suits, else switches to one that does. */
export function rangeChange(state: UsageState, next: Pick<UsageState, 'range' | 'from' | 'to'>, now: number): Partial<UsageUrl> {
  const changes: Partial<UsageUrl> = { range: next.range, from: next.range === 'custom' ? next.from : '', to: next.range === 'custom' ? next.to : '' };
  const resolved = resolveRange({ ...next, width: state.width }, now);
  if (resolved.ok && resolved.widthProblem) {
    const width = next.range === 'custom' ? fittingWidth(resolved.range, state.width) : fittingPresetWidth(next.range, state.width, now);
    changes.width = width;
  }
  return changes;
}

function fittingPresetWidth(preset: Exclude<RangeChoice, 'custom'>, current: BucketWidth, now: number): BucketWidth {
  return (['1d', '1h', '1m'] as const).find((width) => !widthProblem(presetRange(preset, width, now), width)) ?? current;
}

/**
 * The URL changes for a new type: group-by fields and filters it has carry over, the rest are
 * cleared (grouping falls back to projects, which every type has); the measure and hidden series
 * belong to the old type.
 */
export function typeChange(state: UsageState, type: UsageType): Partial<UsageUrl> {
  const changes: Partial<UsageUrl> = { type, measure: '', hide: '' };
  for (const [param, spec] of Object.entries(FILTERS))
    if (!USAGE_FILTERS[type].includes(param) && state.filters[param]) changes[spec.url as keyof UsageUrl] = '';
  const kept = state.group.filter((field) => USAGE_GROUPS[type].includes(field));
  if (state.group.length > 0) changes.group = kept.length ? kept.join(',') : 'project_id';
  return changes;
}

/** The URL's group value for these fields ("none" when the view is not grouped). */
export const groupValue = (fields: readonly string[]) => (fields.length ? fields.join(',') : 'none');

/** The engine's query for this view (GET /api/insights/usage), with repeated keys for lists. */
export function usageSearch(state: UsageState, range: TimeRange): URLSearchParams {
  const search = new URLSearchParams({ type: state.type, start: String(range.start), end: String(range.end), width: state.width });
  for (const field of state.group) search.append('group_by', field);
  for (const [param, values] of Object.entries(state.filters)) for (const value of values) search.append(param, value);
  search.set('top', String(state.top));
  return search;
}
