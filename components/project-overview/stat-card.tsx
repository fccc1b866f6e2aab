'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/states';

export interface StatCardProps<T> {
  title: string;
  query: UseQueryResult<T>;
  /** The figure, from the loaded data. */
  value: (data: T) => ReactNode;
  detail?: (data: T) => ReactNode;
  link?: { href: string; label: string };
  /** Why the figure does not apply (the query is then disabled): shown instead of it. */
  unavailable?: string | null;
}

/** One figure that loads on its own: a skeleton meanwhile, its own error (with the request id) if it fails. */
export function StatCard<T>({ title, query, value, detail, link, unavailable }: StatCardProps<T>) {
  return (
    <section aria-label={title} className="border-border bg-card flex flex-col gap-1 rounded-lg border px-5 py-4">
      <h2 className="text-muted-foreground text-sm font-medium">{title}</h2>
      {unavailable ? (
        <>
          <p className="text-muted-foreground text-3xl font-semibold">—</p>
          <div className="text-muted-foreground text-sm">{unavailable}</div>
        </>
      ) : query.isPending ? (
        <div role="status" aria-label={`Loading ${title.toLowerCase()}`} className="space-y-2 pt-1">
          <Skeleton className="h-8 w-24" />
          <Skeleton className="h-4 w-40" />
        </div>
      ) : query.isError ? (
        <div role="alert" className="space-y-2 text-sm">
          <p className="text-danger font-medium">Could not load this figure.</p>
          <p>{describeError(query.error)}</p>
          <Button size="sm" variant="secondary" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      ) : (
        <>
          <p className="text-3xl font-semibold tracking-tight tabular-nums">{value(query.data)}</p>
          {detail && <div className="text-muted-foreground text-sm">{detail(query.data)}</div>}
        </>
      )}
      {link && (
        <Link href={link.href} className="text-primary mt-auto pt-2 text-sm hover:underline">
          {link.label}
        </Link>
      )}
    </section>
  );
}
