'use client';

import { cn } from '@/components/ui/cn';
import type { FilterOption } from './filter-menu';

/** The options as checkboxes, with a heading where their group changes (Active, Archived). */
export function FilterOptions({ options, selected, onToggle }: { options: readonly FilterOption[]; selected: readonly string[]; onToggle: (value: string) => void }) {
  return options.map((option, i) => (
    <div key={option.value}>
      {option.group && option.group !== options[i - 1]?.group && <p className="px-1 pt-1 text-xs font-semibold tracking-wide uppercase">{option.group}</p>}
      <label className={cn('hover:bg-muted flex items-center gap-2 rounded px-1 py-0.5 text-sm', option.group && 'pl-3')}>
        <input type="checkbox" checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />
        <span className="min-w-0 flex-1 truncate">{option.label}</span>
        {option.hint && <span className="text-muted-foreground max-w-28 truncate font-mono text-xs">{option.hint}</span>}
      </label>
    </div>
  ));
}

/** Chooses a value typed in the search box that the list does not hold (an id seen elsewhere). */
export function TypedOption({ value, onChoose }: { value: string; onChoose: () => void }) {
  return (
    <button type="button" onClick={onChoose} className="hover:bg-muted mt-1 flex w-full items-center gap-2 rounded px-1 py-0.5 text-left text-sm">
      <span className="text-primary shrink-0">Filter by</span>
      <span className="min-w-0 truncate font-mono text-xs">{value}</span>
    </button>
  );
}
