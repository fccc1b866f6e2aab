'use client';

import { ChevronDown } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Skeleton } from '@/components/ui/states';
import { FilterOptions, TypedOption } from './filter-menu-options';

export interface FilterOption {
  value: string;
  label: string;
  /** Small and muted beside the label (the id under a name). */
  hint?: string;
  group?: string;
}

export interface FilterMenuProps {
  label: string;
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Options, or null while they load (asked for on first open through onOpen). */
  options: readonly FilterOption[] | null;
  error?: string | null;
  onOpen?: () => void;
  /** Said when there is nothing to choose. */
  empty?: string;
  /** Said above the options (that the list is not complete, say). */
  note?: string | null;
  /** A value typed in the search box that no option holds can be chosen too (ids past the list). */
  allowTyped?: boolean;
}

/**
 * A drop-down of checkboxes for one filter ("Users (2)"). Options may load on first open; chosen
 * values that are not among them (a hand-written URL) stay listed, so they can be unticked.
 */
export function FilterMenu({
  label,
  selected,
  onChange,
  options,
  error,
  onOpen,
  empty = 'Nothing to choose in this range.',
  note,
  allowTyped = false,
}: FilterMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [search, setSearch] = useState('');
  // The list is only in the page while the menu is open (so closed menus hold no inputs).
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const close = (event: Event) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node))
        ref.current.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  const known = new Set((options ?? []).map((o) => o.value));
  const all: FilterOption[] = [
    ...selected.filter((v) => !known.has(v)).map((value) => ({ value, label: value })),
    ...(options ?? []),
  ];
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? all.filter((o) => `${o.label} ${o.hint ?? ''} ${o.value}`.toLowerCase().includes(needle))
    : all;
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  // Ids are case-sensitive: the typed value is kept as typed.
  const typed = allowTyped && options !== null && search.trim() !== '' && !all.some((o) => o.value === search.trim()) ? search.trim() : null;
  const chooseTyped = () => {
    if (!typed) return;
    onChange([...selected, typed]);
    setSearch('');
  };

  return (
    <details
      ref={ref}
      className="relative"
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) onOpen?.();
      }}
    >
      <summary className="border-input bg-card hover:bg-muted flex h-9 cursor-pointer list-none items-center gap-2 rounded-md border px-3 text-sm whitespace-nowrap">
        {label}
        {selected.length > 0 && (
          <span className="bg-primary text-primary-foreground rounded-full px-1.5 text-xs tabular-nums">
            {selected.length}
          </span>
        )}
        <ChevronDown className="text-muted-foreground size-4" aria-hidden />
      </summary>
      {open && (
        <div
          role="group"
          aria-label={label}
          className="border-border bg-card absolute z-20 mt-1 w-80 rounded-md border p-2 shadow-lg"
        >
          {note && options !== null && (
            <p role="note" className="bg-warning-bg text-warning-fg mb-2 rounded px-2 py-1 text-xs">
              {note}
            </p>
          )}
          {(all.length > 8 || allowTyped) && (
            <input
              aria-label={`Find in the ${label.toLowerCase()} list`}
              placeholder={allowTyped ? 'Search, or type an id' : 'Search'}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && typed) {
                  event.preventDefault();
                  chooseTyped();
                }
              }}
              className="border-input bg-card mb-2 h-8 w-full rounded border px-2 text-sm"
            />
          )}
          <div className="max-h-80 overflow-y-auto">
            {options === null && !error ? (
              <div
                role="status"
                aria-label={`Loading ${label.toLowerCase()}`}
                className="space-y-1.5 p-1"
              >
                <Skeleton className="h-5 w-full" />
                <Skeleton className="h-5 w-3/4" />
                <Skeleton className="h-5 w-5/6" />
              </div>
            ) : error ? (
              <p role="alert" className="text-danger p-1 text-sm">
                {error}
              </p>
            ) : shown.length === 0 ? (
              <p className="text-muted-foreground p-1 text-sm">{needle ? 'No match.' : empty}</p>
            ) : (
              <FilterOptions options={shown} selected={selected} onToggle={toggle} />
            )}
          </div>
          {typed && <TypedOption value={typed} onChoose={chooseTyped} />}
          {selected.length > 0 && (
            <button
              type="button"
              onClick={() => onChange([])}
              className="text-primary mt-1 px-1 text-sm hover:underline"
            >
              Clear {label.toLowerCase()}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
