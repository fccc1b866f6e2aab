'use client';

import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';

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
      <SegmentedFilter label="Project status" options={options.map((option) => ({ ...option, count: counts[option.value] }))} value={status} onChange={onStatus} />
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
