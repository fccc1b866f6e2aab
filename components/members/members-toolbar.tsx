'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Input } from '@/components/ui/input';
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
  const [text, setText] = useState(search);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The URL changed from elsewhere (back button, a shared link): show what it says.
  const [seen, setSeen] = useState(search);
  if (search !== seen) {
    setSeen(search);
    setText(search);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  // The debounced write uses the newest onSearch, which knows the URL's other changes since typing.
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

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
        <div className="w-72">
          <Input
            type="search"
            aria-label="Search members"
            placeholder="Search by name or email"
            value={text}
            onChange={(e) => {
              const value = e.target.value;
              setText(value);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => {
                setSeen(value.trim());
                latestOnSearch.current(value.trim());
              }, 250);
            }}
          />
        </div>
        <SegmentedFilter label="Organization role" options={options} value={role} onChange={onRole} />
      </div>
      <div className="flex items-center gap-3">{children}</div>
    </div>
  );
}
