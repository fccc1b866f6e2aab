'use client';

import { Input } from '@/components/ui/input';
import { Segmented } from '@/components/ui/segmented';
import { dayText, type RangeChoice, type RangePreset, type TimeRange } from './time-range';

export interface RangeValue {
  range: RangeChoice;
  from: string;
  to: string;
}

const SHORT: Record<RangeChoice, string> = { '24h': '24 hours', '7d': '7 days', '30d': '30 days', '90d': '90 days', month: 'This month', 'last-month': 'Last month', custom: 'Custom' };

/**
 * Range presets and a custom range of two days (both included, UTC). Choosing "Custom" starts from
 * the days the current range covers.
 */
export function RangePicker({ presets, value, current, today, onChange }: { presets: readonly RangePreset[]; value: RangeValue; current: TimeRange | null; today: string; onChange: (next: RangeValue) => void }) {
  const options = [...presets, 'custom' as const].map((choice) => ({ value: choice, label: SHORT[choice] }));
  const choose = (range: RangeChoice) => {
    if (range !== 'custom') return onChange({ range, from: '', to: '' });
    const from = value.from || (current ? dayText(current.start) : today);
    const to = value.to || (current ? dayText(Math.max(current.start, current.end - 1)) : today);
    onChange({ range, from, to });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Segmented label="Range" options={options} value={value.range} onChange={choose} />
      {value.range === 'custom' && (
        <span className="flex items-center gap-1.5 text-sm">
          <span className="w-38">
            <Input type="date" aria-label="From day" value={value.from} max={value.to || today} onChange={(event) => onChange({ ...value, from: event.target.value })} />
          </span>
          <span className="text-muted-foreground">to</span>
          <span className="w-38">
            <Input type="date" aria-label="To day" value={value.to} min={value.from || undefined} max={today} onChange={(event) => onChange({ ...value, to: event.target.value })} />
          </span>
        </span>
      )}
    </div>
  );
}
