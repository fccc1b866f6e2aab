'use client';

import { useState } from 'react';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';
import {
  INVITE_CSV_COLUMNS,
  STATUS_FILTERS,
  type InviteRow,
  type StatusFilter,
} from './invite-rows';

const LABELS: Record<StatusFilter, string> = {
  all: 'All',
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
};

export interface InvitesToolbarProps {
  status: StatusFilter;
  /** Invites per status, over the search. */
  counts: Record<StatusFilter, number>;
  /** The search in the URL when the page opened; the field keeps what is typed and reports it. */
  search: string;
  onStatus: (status: StatusFilter) => void;
  onSearch: (search: string) => void;
  /** What the filter and search select: exactly what the export downloads. */
  exportRows: readonly InviteRow[];
  exportDisabled: boolean;
}

export function InvitesToolbar({
  status,
  counts,
  search,
  onStatus,
  onSearch,
  exportRows,
  exportDisabled,
}: InvitesToolbarProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
      <SegmentedFilter label="Invite status" options={STATUS_FILTERS.map((value) => ({ value, label: LABELS[value], count: counts[value] }))} value={status} onChange={onStatus} />
      <div className="flex flex-1 items-center justify-end gap-2">
        <SearchField initial={search} onSearch={onSearch} />
        <ExportCsvButton
          what={status === 'all' ? 'invites' : `invites-${status}`}
          columns={INVITE_CSV_COLUMNS}
          rows={exportRows}
          disabled={exportDisabled || exportRows.length === 0}
        />
      </div>
    </div>
  );
}

/**
 * The field holds its own text: the URL it reports to updates in a transition, and a field bound
 * to the URL directly would drop the keys typed before that lands.
 */
function SearchField({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (search: string) => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <Input
      type="search"
      aria-label="Search invites"
      placeholder="Search by email, role or project"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onSearch(e.target.value);
      }}
      className="max-w-xs"
    />
  );
}
