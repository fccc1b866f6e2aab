'use client';

import type { ReactNode } from 'react';
import type { ProjectStatus } from '@/lib/queries/projects';
import { DebouncedSearchInput } from '@/components/ui/debounced-search-input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';

const OPTIONS: { value: ProjectStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

export interface ProjectsToolbarProps {
  status: ProjectStatus;
  /** Projects per status over the search (the server's `counts`), once known. */
  counts: Record<ProjectStatus, number> | undefined;
  search: string;
  onStatus: (status: ProjectStatus) => void;
  onSearch: (search: string) => void;
  children?: ReactNode;
}

/** The status filter with its counts and the search (debounced into the URL), as members has them. */
export function ProjectsToolbar({ status, counts, search, onStatus, onSearch, children }: ProjectsToolbarProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
      <div className="flex flex-wrap items-center gap-3">
        <DebouncedSearchInput value={search} onChange={onSearch} label="Search projects" placeholder="Search by name or id" className="w-72" />
        <SegmentedFilter label="Project status" options={OPTIONS.map((option) => ({ ...option, count: counts?.[option.value] }))} value={status} onChange={onStatus} />
      </div>
      <div className="flex items-center gap-3">{children}</div>
    </div>
  );
}
