'use client';

import { CircleCheck } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/states';

export interface AttentionGroupProps {
  /** "Certificates": names the group for the eye and for screen readers. */
  title: string;
  /** What the group looks for, e.g. "Expiring within 30 days, or expired and still active". */
  rule: string;
  link: { href: string; label: string };
  loading: boolean;
  /** Why the group could not be checked; null when it could. */
  error: string | null;
  retrying: boolean;
  onRetry: () => void;
  count: number;
  /** Said under "Nothing needs attention" when the group is empty. */
  empty: string;
  /** The items, as <li> elements. */
  children: ReactNode;
}

/** One kind of thing that may need attention: loads, fails and stays empty on its own. */
export function AttentionGroup({ title, rule, link, loading, error, retrying, onRetry, count, empty, children }: AttentionGroupProps) {
  return (
    <section aria-label={title} className="flex min-w-0 flex-col gap-3">
      <header className="flex items-baseline justify-between gap-3">
        <div>
          <h3 className="text-sm font-semibold">
            {title}
            {!loading && !error && count > 0 && <span className="text-muted-foreground pl-1.5 font-normal tabular-nums">{count}</span>}
          </h3>
          <p className="text-muted-foreground text-xs">{rule}</p>
        </div>
        <Link href={link.href} className="text-primary shrink-0 text-sm font-medium hover:underline">
          {link.label}
        </Link>
      </header>
      {loading ? (
        <div role="status" aria-label={`Checking ${title.toLowerCase()}`} className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : error ? (
        <div role="alert" className="border-danger/40 bg-danger/5 space-y-2 rounded-md border px-3 py-3 text-sm">
          <p className="text-danger font-medium">{title} could not be checked</p>
          <p>{error}</p>
          <Button size="sm" variant="secondary" pending={retrying} onClick={onRetry}>
            Try again
          </Button>
        </div>
      ) : count === 0 ? (
        <div className="border-border flex items-start gap-2.5 rounded-md border border-dashed px-3 py-3 text-sm">
          <CircleCheck className="mt-0.5 size-4 shrink-0 text-emerald-600 dark:text-emerald-400" aria-hidden />
          <div>
            <p className="font-medium">Nothing needs attention</p>
            <p className="text-muted-foreground">{empty}</p>
          </div>
        </div>
      ) : (
        <ul aria-label={title} className="divide-border divide-y">
          {children}
        </ul>
      )}
    </section>
  );
}
