'use client';

import type { ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';

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
        <div role="group" aria-label="State in this project" className="border-border inline-flex rounded-md border p-0.5">
          {OPTIONS.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={props.state === option.value}
              onClick={() => props.onState(option.value)}
              className={cn(
                'rounded px-3 py-1 text-sm transition',
                props.state === option.value ? 'bg-muted text-foreground font-medium' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {option.label} <span className="text-muted-foreground text-xs tabular-nums">{props.counts[option.value]}</span>
            </button>
          ))}
        </div>
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
