'use client';

import { Input } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';

export type StatusFilter = 'active' | 'archived' | 'all';

export function ProjectsToolbar({
  status,
  counts,
  search,
  onStatus,
  onSearch,
}: {
  status: StatusFilter;
  counts: Record<StatusFilter, number>;
  search: string;
  onStatus: (status: StatusFilter) => void;
  onSearch: (search: string) => void;
}) {
  const options: { value: StatusFilter; label: string }[] = [
    { value: 'active', label: 'Active' },
    { value: 'archived', label: 'Archived' },
    { value: 'all', label: 'All' },
  ];
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
      <div role="group" aria-label="Project status" className="inline-flex rounded-md border border-border p-0.5">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={status === option.value}
            onClick={() => onStatus(option.value)}
            className={cn(
              'rounded px-3 py-1 text-sm transition',
              status === option.value ? 'bg-muted font-medium text-foreground' : 'text-muted-foreground hover:text-foreground',
            )}
          >
            {option.label} <span className="text-xs text-muted-foreground tabular-nums">{counts[option.value]}</span>
          </button>
        ))}
      </div>
      <Input
        type="search"
        aria-label="Search projects"
        placeholder="Search by name or id"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        className="max-w-xs"
      />
    </div>
  );
}
