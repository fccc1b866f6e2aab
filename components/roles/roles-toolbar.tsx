'use client';

import type { ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';

export type RoleTypeFilter = 'all' | 'builtin' | 'custom';

const OPTIONS: { value: RoleTypeFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'builtin', label: 'Built-in' },
  { value: 'custom', label: 'Custom' },
];

export function RolesToolbar({
  type,
  counts,
  search,
  onType,
  onSearch,
  children,
}: {
  type: RoleTypeFilter;
  counts: Record<RoleTypeFilter, number>;
  search: string;
  onType: (type: RoleTypeFilter) => void;
  onSearch: (search: string) => void;
  /** Actions on the right: the holders check and the export. */
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
      <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label="Role type" className="border-border inline-flex rounded-md border p-0.5">
          {OPTIONS.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={type === option.value}
              onClick={() => onType(option.value)}
              className={cn(
                'rounded px-3 py-1 text-sm transition',
                type === option.value ? 'bg-muted text-foreground font-medium' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {option.label} <span className="text-muted-foreground text-xs tabular-nums">{counts[option.value]}</span>
            </button>
          ))}
        </div>
        <Input
          type="search"
          aria-label="Search roles"
          placeholder="Search by name, description or permission"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          className="w-72"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
    </div>
  );
}
