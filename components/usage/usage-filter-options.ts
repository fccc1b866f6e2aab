import type { InsightAnswer } from '@/lib/insights/types';
import type { TimeRange } from '@/components/charts/time-range';
import type { FilterOption } from './filter-menu';
import { FILTERS } from './usage-catalog';
import { usageSearch, type UsageState } from './usage-url';

/*
 * Where a filter's choices come from. Users, keys, models and vector stores are those with usage of
 * this type in the range (the engine grouped by that field names them); fixed values (sizes,
 * sources, context levels, batch) are the API's own, in words.
 */

const VALUE_LABELS: Record<string, Record<string, string>> = {
  batch: { true: 'Batch requests', false: 'Not batch' },
  source: { 'image.generation': 'Generation', 'image.edit': 'Edit', 'image.variation': 'Variation' },
  context_level: { low: 'Low', medium: 'Medium', high: 'High' },
};

/** How many values a seen-value filter lists (the engine's largest `top`); the rest come as "other". */
export const SEEN_TOP = 50;

/** The engine query behind a filter's choices: the view grouped by that field, without that filter. */
export function seenValueSearch(state: UsageState, range: TimeRange, param: string): URLSearchParams {
  const field = FILTERS[param]?.field ?? param;
  const filters = { ...state.filters };
  delete filters[param];
  return usageSearch({ ...state, group: [field], filters, top: SEEN_TOP }, range);
}

/**
 * The menu's note when the answer summed values past the top into "other": the list then holds only
 * the most used, and the person must know the rest are not missing for lack of use. Null otherwise.
 */
export function truncatedOptionsNote(answer: Pick<InsightAnswer, 'series'> | null): string | null {
  if (!answer?.series.some((series) => series.key === 'other')) return null;
  return `Only the ${SEEN_TOP} with the most use in this range are listed; narrow the range or type an id.`;
}

/** Options from an answer grouped by `field` (or from fixed values), largest use first. */
export function filterValueOptions(answer: Pick<InsightAnswer, 'series'> | null, field: string, values?: readonly string[]): FilterOption[] {
  if (values) return values.map((value) => ({ value, label: VALUE_LABELS[field]?.[value] ?? value, hint: VALUE_LABELS[field]?.[value] ? value : undefined }));
  const out: FilterOption[] = [];
  for (const series of answer?.series ?? []) {
    const value = series.group[field];
    if (series.key === 'other' || value === null || value === undefined) continue;
    out.push({ value, label: series.label, hint: field.endsWith('_id') && series.label !== value ? value : undefined });
  }
  return out;
}
