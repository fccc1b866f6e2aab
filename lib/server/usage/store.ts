import 'server-only';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { usageBucket } from '../db/schema';
import type { UpstreamSpec } from './spec';
import type { UpstreamBucket, UpstreamResult } from './upstream';

/*
 * The bucket store: usage and costs buckets kept in the console's database (PGlite or
 * PostgreSQL, so several instances share it). A bucket is `final` when it ended at least
 * `openSeconds` before it was read: upstream may still add late usage to a bucket for a while
 * after it ends, so until then it is "open" and read again once it is older than `refreshSeconds`.
 */

export interface StoredBucket extends UpstreamBucket {
  fetchedAt: number;
  final: boolean;
}

export async function readBuckets(db: Db, spec: UpstreamSpec, first: number, last: number): Promise<StoredBucket[]> {
  const t = usageBucket;
  const rows = await db
    .select()
    .from(t)
    .where(
      and(
        eq(t.endpoint, spec.endpoint),
        eq(t.width, spec.width),
        eq(t.queryKey, spec.key),
        gte(t.bucketStart, first),
        lte(t.bucketStart, last),
      ),
    );
  return rows.map((row) => ({
    start_time: row.bucketStart,
    end_time: row.bucketEnd,
    results: row.results,
    fetchedAt: row.fetchedAt,
    final: row.final,
  }));
}

/** Whether a bucket read at `fetchedAt` can no longer change. */
export const isFinal = (bucketEnd: number, fetchedAt: number, openSeconds: number) =>
  bucketEnd <= fetchedAt - openSeconds;

const compact = (results: UpstreamResult[]) =>
  results.map((result) => Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'object')));

/** Keeps what upstream answered (replacing what was kept for the same buckets). */
export async function writeBuckets(
  db: Db,
  spec: UpstreamSpec,
  buckets: readonly UpstreamBucket[],
  fetchedAt: number,
  openSeconds: number,
): Promise<void> {
  if (buckets.length === 0) return;
  const rows = buckets.map((bucket) => ({
    endpoint: spec.endpoint,
    width: spec.width,
    queryKey: spec.key,
    bucketStart: bucket.start_time,
    bucketEnd: bucket.end_time,
    results: compact(bucket.results),
    fetchedAt,
    final: isFinal(bucket.end_time, fetchedAt, openSeconds),
  }));
  // Large windows (1440 minutes) go in a few statements, not one huge one.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(usageBucket)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [usageBucket.endpoint, usageBucket.width, usageBucket.queryKey, usageBucket.bucketStart],
        set: {
          bucketEnd: sql`excluded.bucket_end`,
          results: sql`excluded.results`,
          fetchedAt: sql`excluded.fetched_at`,
          final: sql`excluded.final`,
        },
        // Two readers racing (two instances): the later read wins, whichever writes last.
        setWhere: sql`excluded.fetched_at >= ${usageBucket.fetchedAt}`,
      });
  }
}
