'use client';

import type { ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';

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
        <SegmentedFilter label="Role type" options={OPTIONS.map((option) => ({ ...option, count: counts[option.value] }))} value={type} onChange={onType} />
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
