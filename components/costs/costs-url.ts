import { COST_GROUPS, type CostGroup } from '@/lib/insights/types';
import { customRange, presetRange, widthProblem, type RangeChoice, type RangePreset, type TimeRange } from '@/components/charts/time-range';
import { splitList } from '@/components/usage/usage-url';

/*
 * /costs keeps its view in the URL: ?range=90d&group=line_item&project=proj_1&top=10&hide=other&table=day
 * Costs are daily, so the range is whole UTC days.
 */

export const COSTS_URL_KEYS = ['range', 'from', 'to', 'group', 'project', 'top', 'hide', 'table'] as const;
/** The by-day table's page (costs-table.tsx): back to the first after any other change. */
export const DAYS_PAGE_PARAM = 'days-page';
export type CostsUrl = Record<(typeof COSTS_URL_KEYS)[number], string>;

export const COST_RANGE_PRESETS = ['7d', '30d', '90d', 'month', 'last-month'] as const satisfies readonly RangePreset[];
export const COST_TOP_CHOICES = [5, 10, 20] as const;
export const COST_GROUP_LABELS: Record<CostGroup, string> = { project_id: 'Project', line_item: 'Line item', api_key_id: 'API key' };

export interface CostsState {
  range: RangeChoice;
  from: string;
  to: string;
  group: CostGroup;
  projects: string[];
  top: number;
  hidden: string[];
  table: 'series' | 'day';
}

export function readCostsUrl(url: Partial<CostsUrl>): CostsState {
  const top = Number(url.top);
  const range = url.range === 'custom' ? 'custom' : (COST_RANGE_PRESETS as readonly string[]).includes(url.range ?? '') ? (url.range as RangePreset) : '30d';
  return {
    range,
    from: url.from ?? '',
    to: url.to ?? '',
    group: (COST_GROUPS as readonly string[]).includes(url.group ?? '') ? (url.group as CostGroup) : 'project_id',
    projects: splitList(url.project ?? ''),
    top: (COST_TOP_CHOICES as readonly number[]).includes(top) ? top : 10,
    hidden: splitList(url.hide ?? ''),
    table: url.table === 'day' ? 'day' : 'series',
  };
}

export type CostsRange = { ok: true; range: TimeRange } | { ok: false; error: string };

/** The days the view covers at `now`; a custom range longer than the engine serves is refused with a hint. */
export function costsRange(state: Pick<CostsState, 'range' | 'from' | 'to'>, now: number): CostsRange {
  if (state.range !== 'custom') return { ok: true, range: presetRange(state.range, '1d', now) };
  const custom = customRange(state.from, state.to, now);
  if (!custom.ok) return custom;
  const problem = widthProblem(custom.range, '1d');
  // A single day is a fine costs view (one bar): only the upper limit applies.
  return problem && !problem.startsWith('Day buckets need') ? { ok: false, error: problem.replace(' Choose a wider bucket or a shorter range.', ' Choose a shorter range.') } : custom;
}
