import 'server-only';
import type OpenAI from 'openai';
import type { InsightAnswer } from '@/lib/insights/types';
import type { Db } from '../db';
import { coalesce, type Tally } from '../upstream-gate';
import { prefetchNames, resolveNames } from './names';
import type { InsightQuery } from './query';
import { idsToName, nameSeries, shapeAnswer } from './series';
import { upstreamSpec, type UpstreamSpec } from './spec';
import { hotBuckets, holdBuckets } from './hot';
import { isFinal, keepInBackground, readBuckets, settledWrites, slimResults, type StoredBucket } from './store';
import { bucketsPerPage, fetchWindow, type UpstreamBucket } from './upstream';
import { bucketRange, planWindows, WIDTH_SECONDS } from './windows';

/*
 * The usage and costs engine: for a query, the buckets of its range come from the store (memory,
 * then the database) when they are final (or open but read less than `refreshSeconds` ago); the
 * others are read from upstream in windows of one page each, all at once (within the process's
 * upstream slots), and kept (in memory at once, in the database in the background). Then the
 * series are shaped (the largest kept, the rest summed) and the ids of those kept are named.
 * Identical concurrent requests share one fetch.
 */

export interface EngineSettings {
  /** A bucket stays open (may still change upstream) until this long after it ends. */
  openSeconds: number;
  /** An open bucket read this recently is served from the store. */
  refreshSeconds: number;
}

export const DEFAULT_SETTINGS: EngineSettings = { openSeconds: 2 * 3600, refreshSeconds: 60 };

interface Loaded {
  buckets: UpstreamBucket[];
  requests: number;
  cached: number;
  fetched: number;
  asOf: number;
}

async function loadBuckets(
  client: OpenAI,
  db: Db,
  spec: UpstreamSpec,
  starts: readonly number[],
  now: number,
  settings: EngineSettings,
): Promise<Loaded> {
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return { buckets: [], requests: 0, cached: 0, fetched: 0, asOf: now };
  const usable = (b: StoredBucket) => b.final || b.fetchedAt >= now - settings.refreshSeconds;
  const kept = new Map<number, StoredBucket>();
  const held = hotBuckets(spec);
  for (const start of starts) {
    const bucket = held.get(start);
    if (bucket && usable(bucket)) kept.set(start, bucket);
  }
  // The database cannot have newer copies of what memory holds (but for another instance's, rarely).
  const notHeld = starts.filter((start) => !held.has(start));
  if (notHeld.length > 0) {
    await settledWrites(spec);
    const stored = (await readBuckets(db, spec, notHeld[0] ?? first, notHeld.at(-1) ?? last)).filter(
      (b) => usable(b) && !kept.has(b.start_time),
    );
    for (const bucket of stored) kept.set(bucket.start_time, bucket);
    holdBuckets(spec, stored);
  }
  const openReadAt = [...kept.values()].filter((b) => !b.final).map((b) => b.fetchedAt);
  const cached = kept.size;
  const missing = starts.filter((start) => !kept.has(start));
  const windows = planWindows(missing, WIDTH_SECONDS[spec.width], bucketsPerPage(spec));
  const tally: Tally = { requests: 0 };
  let fetched = 0;
  const toKeep: StoredBucket[] = [];
  const outcomes = await Promise.allSettled(
    windows.map(async (window) => {
      for (const answered of await fetchWindow(client, spec, window, tally)) {
        // Outside the window (upstream answering more than asked): not ours to keep.
        if (answered.start_time < window.start || answered.start_time >= window.end) continue;
        const bucket: StoredBucket = {
          start_time: answered.start_time,
          end_time: answered.end_time,
          results: slimResults(answered.results, spec.fields),
          fetchedAt: now,
          final: isFinal(answered.end_time, now, settings.openSeconds),
        };
        if (!kept.has(bucket.start_time)) fetched++;
        kept.set(bucket.start_time, bucket);
        toKeep.push(bucket);
      }
    }),
  );
  // Kept even when another window failed: the next try reads only what is still missing.
  holdBuckets(spec, toKeep);
  keepInBackground(db, spec, toKeep, now, settings.openSeconds);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
  const buckets = starts.flatMap((start) => kept.get(start) ?? []);
  const asOf = windows.length > 0 ? now : openReadAt.length > 0 ? Math.min(...openReadAt) : now;
  return { buckets, requests: tally.requests, cached, fetched, asOf };
}

/** The answer to a checked query, as of `now` (Unix seconds). */
export async function readInsight(
  client: OpenAI,
  db: Db,
  query: InsightQuery,
  settings: EngineSettings = DEFAULT_SETTINGS,
  now = Math.floor(Date.now() / 1000),
): Promise<InsightAnswer> {
  const spec = upstreamSpec(query);
  const range = bucketRange(query.start, query.end, query.width, now);
  const tally: Tally = { requests: 0 };
  prefetchNames(client, query.groupBy, tally);
  const loaded = await coalesce(`buckets:${spec.key}:${spec.width}:${range.start}:${range.end}`, () =>
    loadBuckets(client, db, spec, range.starts, now, settings),
  );
  const unnamed = shapeAnswer(query, range.starts, loaded.buckets);
  const kept = new Set(unnamed.series.map((s) => s.key));
  const names = await resolveNames(client, idsToName(loaded.buckets, query.groupBy, kept), tally);
  const shaped = nameSeries(unnamed, names);
  return {
    ...shaped,
    source: {
      upstream_requests: loaded.requests + tally.requests,
      cached_buckets: loaded.cached,
      fetched_buckets: loaded.fetched,
    },
    as_of: loaded.asOf,
  };
}
