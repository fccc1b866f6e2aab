'use client';

import { Search } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/format/dates';
import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';
import type { ProjectFilter } from './certificate-rows';

const FILTERS: { value: ProjectFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active in a project' },
  { value: 'none', label: 'In no project' },
];

export interface CertificatesToolbarProps {
  search: string;
  onSearch: (q: string) => void;
  filter: ProjectFilter;
  onFilter: (filter: ProjectFilter) => void;
  /** Certificates per filter over the search; null while the projects are not known. */
  counts: Record<ProjectFilter, number> | null;
  shown: number;
  total: number;
  /** When the projects were read from upstream (Unix seconds); null while loading. */
  projectsAsOf: number | null;
  projectsLoading: boolean;
  children?: ReactNode;
}

/** Search, the project filter, how many are shown, and how old the project activations are. */
export function CertificatesToolbar({ search, onSearch, filter, onFilter, counts, shown, total, projectsAsOf, projectsLoading, children }: CertificatesToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="relative w-72">
        <Search className="text-muted-foreground absolute top-2.5 left-3 size-4" aria-hidden />
        <Input type="search" aria-label="Search certificates" placeholder="Search name or subject" className="pl-9" value={search} onChange={(e) => onSearch(e.target.value)} />
      </div>
      <SegmentedFilter label="Project activations" options={FILTERS.map((option) => ({ ...option, count: counts?.[option.value] }))} value={filter} onChange={onFilter} />
      <div className="text-muted-foreground text-sm">
        {shown} of {total} certificates
        {projectsAsOf !== null ? (
          <span className="block text-xs" title={`Project activations read from the organization at ${formatDateTime(projectsAsOf)}`}>
            projects as of {formatDateTime(projectsAsOf)}
          </span>
        ) : projectsLoading ? (
          <span role="status" className="block text-xs">
            reading project activations…
          </span>
        ) : null}
      </div>
      <div className="ml-auto">{children}</div>
    </div>
  );
}
