'use client';

import { Search } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/format/dates';
import { cn } from '@/components/ui/cn';
import { Input } from '@/components/ui/input';
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
      <div role="group" aria-label="Project activations" className="border-border inline-flex rounded-md border p-0.5">
        {FILTERS.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={filter === option.value}
            onClick={() => onFilter(option.value)}
            className={cn('rounded px-3 py-1 text-sm transition', filter === option.value ? 'bg-muted text-foreground font-medium' : 'text-muted-foreground hover:text-foreground')}
          >
            {option.label}
            {counts && <span className="text-muted-foreground pl-1 text-xs tabular-nums">{counts[option.value]}</span>}
          </button>
        ))}
      </div>
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
