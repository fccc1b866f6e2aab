'use client';

import { USAGE_TYPES, type BucketWidth } from '@/lib/insights/types';
import { RangePicker } from '@/components/charts/range-picker';
import { Segmented } from '@/components/ui/segmented';
import { presetRange, RANGE_PRESETS, WIDTH_LABELS, widthProblem, type TimeRange } from '@/components/charts/time-range';
import { customRange } from '@/components/charts/time-range';
import { cn } from '@/components/ui/cn';
import { GROUP_LABELS, USAGE_GROUPS, USAGE_TYPE_LABELS } from './usage-catalog';
import { UsageFilters } from './usage-filters';
import { groupValue, rangeChange, typeChange, type UsageState, type UsageUrl } from './usage-url';

const SELECT = 'border-input bg-card h-9 rounded-md border px-2 text-sm';

/** Why each width cannot be chosen for the range as chosen (presets are measured with that width). */
function widthHints(state: UsageState, now: number): Record<BucketWidth, string | null> {
  const problem = (width: BucketWidth) => {
    if (state.range !== 'custom') return widthProblem(presetRange(state.range, width, now), width);
    const custom = customRange(state.from, state.to, now);
    return custom.ok ? widthProblem(custom.range, width) : null;
  };
  return { '1m': problem('1m'), '1h': problem('1h'), '1d': problem('1d') };
}

export interface UsageControlsProps {
  state: UsageState;
  range: TimeRange | null;
  now: number;
  today: string;
  onChange: (changes: Partial<UsageUrl>) => void;
}

/** Type, range, bucket width, group-by, filters and how many series: every change goes to the URL. */
export function UsageControls({ state, range, now, today, onChange }: UsageControlsProps) {
  const hints = widthHints(state, now);
  const toggleGroup = (field: string) => {
    const next = state.group.includes(field) ? state.group.filter((f) => f !== field) : [...state.group, field];
    onChange({ group: groupValue(USAGE_GROUPS[state.type].filter((f) => next.includes(f))), hide: '' });
  };
  return (
    <div role="search" aria-label="Choose the usage shown" className="border-border bg-card mb-6 space-y-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <label className="text-muted-foreground flex items-center gap-2 text-sm">
          Type
          <select aria-label="Usage type" value={state.type} onChange={(event) => onChange(typeChange(state, event.target.value as UsageState['type']))} className={cn(SELECT, 'text-foreground font-medium')}>
            {USAGE_TYPES.map((type) => (
              <option key={type} value={type}>
                {USAGE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <RangePicker presets={RANGE_PRESETS} value={state} current={range} today={today} onChange={(next) => onChange(rangeChange(state, next, now))} />
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <span className="text-muted-foreground flex items-center gap-2 text-sm">
          Buckets
          <Segmented
            label="Bucket width"
            value={state.width}
            onChange={(width) => onChange({ width })}
            options={(['1m', '1h', '1d'] as const).map((width) => ({ value: width, label: WIDTH_LABELS[width], disabled: width === state.width ? null : hints[width] }))}
          />
        </span>
        <div role="group" aria-label="Group by" className="flex flex-wrap items-center gap-1.5 text-sm">
          <span className="text-muted-foreground pr-0.5">Group by</span>
          {USAGE_GROUPS[state.type].map((field) => {
            const on = state.group.includes(field);
            return (
              <button
                key={field}
                type="button"
                aria-pressed={on}
                onClick={() => toggleGroup(field)}
                className={cn(
                  'focus-visible:ring-ring h-8 rounded-full border px-3 text-sm transition focus-visible:ring-2 focus-visible:outline-none',
                  on ? 'border-primary bg-primary/10 text-foreground font-medium' : 'border-input text-muted-foreground hover:bg-muted hover:text-foreground',
                )}
              >
                {GROUP_LABELS[field] ?? field}
              </button>
            );
          })}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-muted-foreground text-sm">Filter</span>
        <UsageFilters state={state} range={range} onChange={onChange} />
      </div>
    </div>
  );
}
