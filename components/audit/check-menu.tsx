'use client';

import { ChevronDown } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { cn } from '@/components/ui/cn';

export interface CheckGroup {
  label: string;
  options: readonly { value: string; label: string; hint?: string }[];
}

/**
 * A drop-down of checkboxes in groups ("Event types (3)"), each group with a box that ticks all of
 * its options. Built on <details>, so it opens with the keyboard and closes with a second click.
 */
export function CheckMenu({
  label,
  groups,
  selected,
  onChange,
  className,
  onOpen,
  status,
}: {
  label: string;
  groups: readonly CheckGroup[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  className?: string;
  /** Called each time the menu opens (options read only when wanted). */
  onOpen?: () => void;
  /** A line above the options: what is loading, or why it could not be. */
  status?: string | null;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  // Closes when a click or focus lands outside, as a menu does.
  useEffect(() => {
    const close = (event: Event) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) ref.current.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  const chosen = new Set(selected);
  const setGroup = (group: CheckGroup, on: boolean) => {
    const next = new Set(chosen);
    for (const option of group.options) {
      if (on) next.add(option.value);
      else next.delete(option.value);
    }
    onChange([...next]);
  };
  const toggle = (value: string) => onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <details ref={ref} className={cn('relative', className)} onToggle={(event) => event.currentTarget.open && onOpen?.()}>
      <summary className="border-input bg-card hover:bg-muted flex h-9 cursor-pointer list-none items-center gap-2 rounded-md border px-3 text-sm whitespace-nowrap">
        {label}
        {selected.length > 0 && <span className="bg-primary text-primary-foreground rounded-full px-1.5 text-xs tabular-nums">{selected.length}</span>}
        <ChevronDown className="text-muted-foreground size-4" aria-hidden />
      </summary>
      <div role="group" aria-label={label} className="border-border bg-card absolute z-20 mt-1 max-h-96 w-80 overflow-y-auto rounded-md border p-2 shadow-lg">
        {status && <p role="status" className="text-muted-foreground px-1 py-1 text-sm">{status}</p>}
        {groups.map((group) => {
          const ticked = group.options.filter((o) => chosen.has(o.value)).length;
          return (
            <fieldset key={group.label} className="mb-2 last:mb-0">
              <legend className="w-full">
                <label className="flex items-center gap-2 px-1 py-1 text-xs font-semibold tracking-wide uppercase">
                  <input
                    type="checkbox"
                    checked={ticked === group.options.length && ticked > 0}
                    ref={(box) => {
                      if (box) box.indeterminate = ticked > 0 && ticked < group.options.length;
                    }}
                    onChange={(event) => setGroup(group, event.target.checked)}
                    aria-label={`All of ${group.label}`}
                  />
                  {group.label}
                </label>
              </legend>
              {group.options.map((option) => (
                <label key={option.value} className="hover:bg-muted flex items-center gap-2 rounded px-1 py-0.5 pl-6 text-sm" title={option.hint}>
                  <input type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
                  <span className="truncate">{option.label}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
