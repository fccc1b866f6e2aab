'use client';

import type { ReactNode } from 'react';
import { DebouncedSearchInput } from '@/components/ui/debounced-search-input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';

const ROLE_LABELS: Record<string, string> = { owner: 'Owners', reader: 'Readers' };

export interface MembersToolbarProps {
  search: string;
  onSearch: (q: string) => void;
  role: string;
  onRole: (role: string) => void;
  /** Members per organization role over the search (the directory's `roles`). */
  counts: Record<string, number> | undefined;
  children?: ReactNode;
}

/** Search (debounced into the URL) and the role filter with counts. */
export function MembersToolbar({
  search,
  onSearch,
  role,
  onRole,
  counts,
  children,
}: MembersToolbarProps) {
  const roles = ['owner', 'reader', ...Object.keys(counts ?? {}).filter((r) => !ROLE_LABELS[r])];
  const all = Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);
  const options = [
    { value: '', label: 'All', count: counts ? all : undefined },
    ...roles.map((r) => ({
      value: r,
      label: ROLE_LABELS[r] ?? r,
      count: counts?.[r] ?? (counts ? 0 : undefined),
    })),
  ];

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
      <div className="flex flex-wrap items-center gap-3">
        <DebouncedSearchInput value={search} onChange={onSearch} label="Search members" placeholder="Search by name or email" className="w-72" />
        <SegmentedFilter label="Organization role" options={options} value={role} onChange={onRole} />
      </div>
      <div className="flex items-center gap-3">{children}</div>
    </div>
  );
}
