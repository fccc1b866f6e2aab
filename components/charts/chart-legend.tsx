'use client';

import { EyeOff } from 'lucide-react';
import { cn } from '@/components/ui/cn';
import type { ChartSeries } from './series-data';

export interface ChartLegendProps {
  series: readonly ChartSeries[];
  hidden: readonly string[];
  /** A click hides or shows one series; Alt/Option-click (or double-click) shows it alone. */
  onToggle: (key: string) => void;
  onSolo: (key: string) => void;
  format: (value: number) => string;
  onShowAll?: () => void;
}

/** The chart's series as buttons: colour, name, total; pressed = shown. Wraps and scrolls for 50 series. */
export function ChartLegend({ series, hidden, onToggle, onSolo, format, onShowAll }: ChartLegendProps) {
  return (
    <div className="space-y-1.5">
      <ul
        aria-label="Series"
        className={cn('max-h-40 gap-x-1 gap-y-1 overflow-y-auto', series.length > 12 ? 'grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))]' : 'flex flex-wrap')}
      >
        {series.map((s) => {
          const shown = !hidden.includes(s.key);
          return (
            <li key={s.key}>
              <button
                type="button"
                aria-pressed={shown}
                title={`${s.label}: ${format(s.total)}. Click to ${shown ? 'hide' : 'show'}; double-click to show only this series.`}
                onClick={(event) => (event.altKey ? onSolo(s.key) : onToggle(s.key))}
                onDoubleClick={() => onSolo(s.key)}
                className={cn(
                  'hover:bg-muted focus-visible:ring-ring flex max-w-full items-center gap-1.5 rounded px-1.5 py-0.5 text-xs focus-visible:ring-2 focus-visible:outline-none',
                  !shown && 'text-muted-foreground line-through',
                )}
              >
                <span className="size-2.5 shrink-0 rounded-sm" style={{ background: shown ? s.color : 'transparent', opacity: s.opacity, outline: `1px solid ${s.color}` }} aria-hidden />
                <span className={cn('truncate', s.gone && 'italic')}>{s.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {hidden.length > 0 && (
        <p className="text-muted-foreground flex items-center gap-1.5 text-xs">
          <EyeOff className="size-3.5" aria-hidden />
          {hidden.length} of {series.length} series hidden from the chart (the table still lists them).
          {onShowAll && (
            <button type="button" className="text-primary hover:underline" onClick={onShowAll}>
              Show all
            </button>
          )}
        </p>
      )}
    </div>
  );
}
