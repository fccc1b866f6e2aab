'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { InsightError } from '@/components/charts/insight-error';
import { Skeleton } from '@/components/ui/states';

export interface FigureCardProps<T> {
  title: string;
  description: string;
  link: { href: string; label: string };
  query: UseQueryResult<T>;
  /** Skeleton height of the body while loading. */
  skeleton?: 'chart' | 'list';
  children: (data: T) => ReactNode;
}

/** One figure of the overview: loads with its own skeleton, fails with its own error and retry. */
export function FigureCard<T>({ title, description, link, query, skeleton = 'chart', children }: FigureCardProps<T>) {
  return (
    <section aria-label={title} className="border-border bg-card flex h-full min-w-0 flex-col rounded-lg border">
      <header className="flex items-start justify-between gap-3 px-5 pt-4">
        <div className="min-w-0 space-y-0.5">
          <h2 className="font-semibold">{title}</h2>
          <p className="text-muted-foreground text-xs">{description}</p>
        </div>
        <Link href={link.href} className="text-primary shrink-0 text-sm font-medium hover:underline">
          {link.label}
        </Link>
      </header>
      <div className="flex-1 px-5 pt-3 pb-4">
        {query.isError ? (
          <InsightError title={`${title} could not be loaded`} error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} compact />
        ) : query.data === undefined ? (
          <div role="status" aria-label={`Loading ${title.toLowerCase()}`} className="space-y-3">
            <Skeleton className="h-8 w-36" />
            {skeleton === 'chart' ? <Skeleton className="h-[150px] w-full" /> : [0, 1, 2, 3].map((i) => <Skeleton key={i} className="h-6 w-full" />)}
          </div>
        ) : (
          children(query.data)
        )}
      </div>
    </section>
  );
}

/** A big figure with a line under it. */
export function BigFigure({ value, children }: { value: string; children?: ReactNode }) {
  return (
    <div className="mb-3">
      <p className="text-3xl font-semibold tracking-tight tabular-nums">{value}</p>
      {children && <p className="text-muted-foreground text-sm">{children}</p>}
    </div>
  );
}
