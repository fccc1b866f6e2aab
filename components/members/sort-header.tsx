'use client';

import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { Th } from '@/components/ui/table';
import type { MemberSort, SortOrder } from './members-format';

interface SortProps {
  sort: MemberSort;
  order: SortOrder;
  onSort: (column: MemberSort) => void;
}

const ariaSort = (active: boolean, order: SortOrder) =>
  active ? (order === 'asc' ? 'ascending' : 'descending') : 'none';

/** A header button that sorts the list by its column, with an arrow for the current order. */
export function SortButton({
  column,
  label,
  sort,
  order,
  onSort,
}: SortProps & { column: MemberSort; label: string }) {
  const active = sort === column;
  const Icon = !active ? ArrowUpDown : order === 'asc' ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      onClick={() => onSort(column)}
      className={`hover:text-foreground inline-flex items-center gap-1 uppercase ${active ? 'text-foreground' : ''}`}
    >
      {label}
      <Icon className={active ? 'size-3.5' : 'size-3.5 opacity-40'} aria-hidden />
    </button>
  );
}

/** A column header sorting by one column; tells screen readers the current order. */
export function SortHeader(props: SortProps & { column: MemberSort; label: string }) {
  return (
    <Th aria-sort={ariaSort(props.sort === props.column, props.order)}>
      <SortButton {...props} />
    </Th>
  );
}

/** The member column: sorts by name or by email. */
export function NameEmailHeader(props: SortProps) {
  const active = props.sort === 'name' || props.sort === 'email';
  return (
    <Th aria-sort={ariaSort(active, props.order)}>
      <span className="inline-flex items-center gap-2">
        <SortButton column="name" label="Name" {...props} />
        <span aria-hidden>/</span>
        <SortButton column="email" label="Email" {...props} />
      </span>
    </Th>
  );
}
