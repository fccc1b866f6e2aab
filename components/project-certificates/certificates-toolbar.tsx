'use client';

import type { ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';

export type CertificateStateFilter = 'all' | 'active' | 'inactive';

const OPTIONS: { value: CertificateStateFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active here' },
  { value: 'inactive', label: 'Inactive here' },
];

/** Filter by state in this project and search by name; actions on the right. */
export function CertificatesToolbar(props: {
  state: CertificateStateFilter;
  counts: Record<CertificateStateFilter, number>;
  search: string;
  onState: (state: CertificateStateFilter) => void;
  onSearch: (search: string) => void;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <SegmentedFilter label="State in this project" options={OPTIONS.map((option) => ({ ...option, count: props.counts[option.value] }))} value={props.state} onChange={props.onState} />
        <Input
          type="search"
          aria-label="Search certificates"
          placeholder="Search by name or id"
          value={props.search}
          onChange={(e) => props.onSearch(e.target.value)}
          className="w-64"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">{props.children}</div>
    </div>
  );
}
