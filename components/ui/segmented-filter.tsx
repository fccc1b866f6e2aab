import { cn } from './cn';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  /** How many items the option selects, shown muted after its label. */
  count?: number;
}

/**
 * A row of toggle buttons choosing one filter value ("Active 12 · Archived 3 · All 15"). For a
 * setting that is not a filter (a chart's range), see Segmented.
 */
export function SegmentedFilter<T extends string>({ label, options, value, onChange, className }: { label: string; options: readonly SegmentOption<T>[]; value: T; onChange: (value: T) => void; className?: string }) {
  return (
    <div role="group" aria-label={label} className={cn('border-border inline-flex rounded-md border p-0.5', className)}>
      {options.map((option) => (
        <button
          key={option.value || 'all'}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={cn('rounded px-3 py-1 text-sm transition', value === option.value ? 'bg-muted text-foreground font-medium' : 'text-muted-foreground hover:text-foreground')}
        >
          {option.label}
          {option.count !== undefined && ' '}
          {option.count !== undefined && <span className="text-muted-foreground text-xs tabular-nums">{option.count.toLocaleString('en-US')}</span>}
        </button>
      ))}
    </div>
  );
}
