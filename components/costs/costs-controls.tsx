'use client';

import { COST_GROUPS } from '@/lib/insights/types';
import { RangePicker } from '@/components/charts/range-picker';
import { Segmented } from '@/components/ui/segmented';
import type { TimeRange } from '@/components/charts/time-range';
import { ProjectFilter } from '@/components/usage/usage-filters';
import { COST_GROUP_LABELS, COST_RANGE_PRESETS, type CostsState, type CostsUrl } from './costs-url';

/** Range, grouping and projects: every change goes to the URL. */
export function CostsControls({ state, range, today, onChange }: { state: CostsState; range: TimeRange | null; today: string; onChange: (changes: Partial<CostsUrl>) => void }) {
  return (
    <div role="search" aria-label="Choose the costs shown" className="border-border bg-card mb-6 flex flex-wrap items-center gap-x-4 gap-y-3 rounded-lg border p-4">
      <RangePicker presets={COST_RANGE_PRESETS} value={state} current={range} today={today} onChange={(next) => onChange({ ...next, from: next.range === 'custom' ? next.from : '', to: next.range === 'custom' ? next.to : '' })} />
      <span className="basis-full" aria-hidden />
      <span className="text-muted-foreground flex items-center gap-2 text-sm">
        Group by
        <Segmented label="Group by" value={state.group} onChange={(group) => onChange({ group, hide: '' })} options={COST_GROUPS.map((g) => ({ value: g, label: COST_GROUP_LABELS[g] }))} />
      </span>
      <ProjectFilter selected={state.projects} onChange={(ids) => onChange({ project: ids.join(','), hide: '' })} />
    </div>
  );
}
