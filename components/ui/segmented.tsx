'use client';

import { cn } from './cn';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  /** Why the option cannot be chosen now (shown on hover); null or absent when it can. */
  disabled?: string | null;
}

/**
 * A row of mutually exclusive settings (a radio group drawn as joined buttons): a chart's range,
 * granularity or grouping. For filtering a list by a value with counts, see SegmentedFilter.
 */
export function Segmented<T extends string>({ label, options, value, onChange, className }: { label: string; options: readonly SegmentedOption<T>[]; value: T; onChange: (value: T) => void; className?: string }) {
  return (
    <div role="radiogroup" aria-label={label} className={cn('border-input bg-card inline-flex h-9 items-center rounded-md border p-0.5', className)}>
      {options.map((option) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={checked}
            disabled={!!option.disabled}
            title={option.disabled ?? undefined}
            onClick={() => !checked && onChange(option.value)}
            className={cn(
              'focus-visible:ring-ring h-full rounded px-2.5 text-sm whitespace-nowrap transition focus-visible:ring-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-40',
              checked ? 'bg-primary text-primary-foreground font-medium' : 'text-muted-foreground hover:text-foreground enabled:hover:bg-muted',
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
