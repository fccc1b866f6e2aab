import 'server-only';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { usageBucket } from '../db/schema';
import { specSlot, type UpstreamSpec } from './spec';
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
    results: decodeResults(row.results),
    fetchedAt: row.fetchedAt,
    final: row.final,
  }));
}

/** Whether a bucket read at `fetchedAt` can no longer change. */
export const isFinal = (bucketEnd: number, fetchedAt: number, openSeconds: number) =>
  bucketEnd <= fetchedAt - openSeconds;

/** The fields the engine uses of each result, as rows: `{"f":[field...],"r":[[value...]...]}`. */
export function slimResults(results: readonly UpstreamResult[], fields: readonly string[]): UpstreamResult[] {
  return results.map((result) => Object.fromEntries(fields.map((field) => [field, result[field] ?? null])));
}

export function encodeResults(results: readonly UpstreamResult[], fields: readonly string[]): string {
  return JSON.stringify({ f: fields, r: results.map((result) => fields.map((field) => result[field] ?? null)) });
}

export function decodeResults(text: string): UpstreamResult[] {
  const { f, r } = JSON.parse(text) as { f: string[]; r: unknown[][] };
  return r.map((row) => Object.fromEntries(f.map((field, i) => [field, row[i] ?? null])));
}

const PENDING = Symbol.for('console.usage.pendingWrites');
const pending = (): Map<string, Promise<void>> => ((globalThis as Record<symbol, Map<string, Promise<void>>>)[PENDING] ??= new Map());

/**
 * Keeps what upstream answered without making the answer wait for the database: the write runs in
 * the background (a failure is logged: the buckets are read from upstream again next time), and a
 * read of the same query waits for it first (see settledWrites), so nothing is fetched twice.
 */
export function keepInBackground(
  db: Db,
  spec: UpstreamSpec,
  buckets: readonly UpstreamBucket[],
  fetchedAt: number,
  openSeconds: number,
): void {
  if (buckets.length === 0) return;
  const key = specSlot(spec);
  const before = pending().get(key) ?? Promise.resolve();
  const write: Promise<void> = before
    // After the answer is on its way (the write's database work would only delay it).
    .then(() => new Promise((resolve) => setImmediate(resolve)))
    .then(() => writeBuckets(db, spec, buckets, fetchedAt, openSeconds))
    .catch((err: unknown) => console.error('usage: could not keep buckets in the database', err))
    .finally(() => {
      if (pending().get(key) === write) pending().delete(key);
    });
  pending().set(key, write);
}

/** Waits for the background writes of one query (or of all, without one). */
export async function settledWrites(spec?: UpstreamSpec): Promise<void> {
  if (spec) await pending().get(specSlot(spec));
  else await Promise.all(pending().values());
}

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
    results: encodeResults(bucket.results, spec.fields),
    fetchedAt,
    final: isFinal(bucket.end_time, fetchedAt, openSeconds),
  }));
  // In statements of a hundred buckets: with PGlite each one holds this thread while it runs.
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insert(usageBucket)
      .values(rows.slice(i, i + 100))
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
