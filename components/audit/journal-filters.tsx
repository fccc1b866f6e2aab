'use client';

import type { ReactNode, SelectHTMLAttributes } from 'react';
import { OPERATION_FAMILIES } from '@/lib/journal/families';
import type { JournalFilters as Filters } from '@/lib/journal/query';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { DebouncedSearchInput } from '@/components/ui/debounced-search-input';
import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';
import { hasFilters, NO_JOURNAL_FILTERS } from './journal-url';

const STATUSES = [
  { value: '', label: 'All changes' },
  { value: 'attention', label: 'Needs a look' },
  { value: 'no_event', label: 'No upstream event yet' },
] as const;

const OUTCOMES = [
  { value: 'succeeded', label: 'Succeeded' },
  { value: 'failed', label: 'Failed' },
  { value: 'unknown', label: 'Outcome unknown' },
  { value: 'pending', label: 'Pending' },
] as const;

function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn('border-input bg-card h-9 rounded-md border px-2 text-sm', className)} {...rest} />;
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-muted-foreground flex flex-col gap-1 text-xs font-medium">
      {label}
      {children}
    </label>
  );
}

export interface JournalFiltersProps {
  filters: Filters;
  users: readonly string[];
  onChange: (changes: Partial<Filters>) => void;
}

/** Status, search, person, kind of change, outcome and dates; every one lives in the URL. */
export function JournalFilters({ filters, users, onChange }: JournalFiltersProps) {
  const any = hasFilters(filters);
  const people = filters.user && !users.includes(filters.user) ? [filters.user, ...users] : users;
  return (
    <div className="space-y-3 pb-4">
      <div className="flex flex-wrap items-center gap-3">
        <SegmentedFilter label="Status" options={STATUSES} value={filters.status} onChange={(status) => onChange({ status })} />
        <DebouncedSearchInput value={filters.q} onChange={(q) => onChange({ q })} label="Search changes" placeholder="Search change or path" className="w-64" />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Labelled label="Person">
          <Select value={filters.user} onChange={(e) => onChange({ user: e.target.value })}>
            <option value="">Everyone</option>
            {people.map((email) => (
              <option key={email} value={email}>
                {email}
              </option>
            ))}
          </Select>
        </Labelled>
        <Labelled label="Kind of change">
          <Select value={filters.family} onChange={(e) => onChange({ family: e.target.value })}>
            <option value="">Every kind</option>
            {OPERATION_FAMILIES.map((family) => (
              <option key={family.value} value={family.value}>
                {family.label}
              </option>
            ))}
          </Select>
        </Labelled>
        <Labelled label="Outcome">
          <Select value={filters.outcome} onChange={(e) => onChange({ outcome: e.target.value })}>
            <option value="">Any outcome</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome.value} value={outcome.value}>
                {outcome.label}
              </option>
            ))}
          </Select>
        </Labelled>
        <Labelled label="From">
          <Input type="date" className="w-36" value={filters.from} max={filters.to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
        </Labelled>
        <Labelled label="To">
          <Input type="date" className="w-36" value={filters.to} min={filters.from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
        </Labelled>
        {any && (
          <Button variant="ghost" size="sm" className="mb-0.5" onClick={() => onChange(NO_JOURNAL_FILTERS)}>
            Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}
