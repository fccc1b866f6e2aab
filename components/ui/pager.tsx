'use client';

import type { ReactNode } from 'react';
import { Button } from './button';

export interface PagerProps {
  /** The navigation landmark's name ("Pages", "Members pages"). */
  label?: string;
  /** How far along the reader is, counted the caller's way: "Page 2 of 5", "51–100 of 10,000". */
  status: ReactNode;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** The button texts, "Previous" / "Next" unless the list reads in time ("Newer" / "Older"). */
  previousLabel?: ReactNode;
  nextLabel?: ReactNode;
  /** A page is loading: the status says so and both buttons wait. */
  busy?: boolean;
  /** A note on the left ("names as of …"). */
  note?: ReactNode;
  /** Shown before the previous button (a "Newest" shortcut, say). */
  extra?: ReactNode;
}

/** Previous / next under a table shown one page at a time; every list's pager. */
export function Pager({
  label = 'Pages',
  status,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  previousLabel = 'Previous',
  nextLabel = 'Next',
  busy = false,
  note,
  extra,
}: PagerProps) {
  return (
    <nav aria-label={label} className="flex items-center justify-end gap-3 pt-3 text-sm">
      {note && <span className="text-muted-foreground mr-auto text-xs">{note}</span>}
      <span className="text-muted-foreground tabular-nums" aria-live="polite" aria-busy={busy}>
        {status}
      </span>
      {extra}
      <Button size="sm" variant="secondary" disabled={!hasPrevious || busy} onClick={onPrevious}>
        {previousLabel}
      </Button>
      <Button size="sm" variant="secondary" disabled={!hasNext || busy} onClick={onNext}>
        {nextLabel}
      </Button>
    </nav>
  );
}

export interface Paged<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
}

/** One page of `size` items of a list held whole in the browser; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Number.isInteger(page) ? Math.min(Math.max(page, 1), pages) : 1;
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

/** A pager over `pageOf`'s pages ("Page 2 of 5"); nothing when everything fits on one. */
export function PageNumberPager({ label, page, pages, onPage }: { label?: string; page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <Pager
      label={label}
      status={`Page ${page} of ${pages}`}
      hasPrevious={page > 1}
      hasNext={page < pages}
      onPrevious={() => onPage(page - 1)}
      onNext={() => onPage(page + 1)}
    />
  );
}
