import 'server-only';
import type OpenAI from 'openai';
import type { InsightAnswer } from '@/lib/insights/types';
import type { Db } from '../db';
import { coalesce } from './gate';
import { resolveNames } from './names';
import type { InsightQuery } from './query';
import { idsToName, shapeAnswer } from './series';
import { upstreamSpec, type UpstreamSpec } from './spec';
import { readBuckets, writeBuckets } from './store';
import { bucketsPerPage, fetchWindow, type Tally, type UpstreamBucket } from './upstream';
import { bucketRange, planWindows, WIDTH_SECONDS } from './windows';

/*
 * The usage and costs engine: for a query, the buckets of its range come from the store when they
 * are final (or open but read less than `refreshSeconds` ago); the others are read from upstream
 * in windows of one page each, all at once (within the process's upstream slots), and kept. Then
 * ids are named and the series shaped. Identical concurrent requests share one fetch.
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
  const kept = new Map<number, UpstreamBucket>();
  const openReadAt: number[] = [];
  for (const stored of await readBuckets(db, spec, first, last)) {
    if (!stored.final && stored.fetchedAt < now - settings.refreshSeconds) continue;
    kept.set(stored.start_time, stored);
    if (!stored.final) openReadAt.push(stored.fetchedAt);
  }
  const cached = kept.size;
  const missing = starts.filter((start) => !kept.has(start));
  const windows = planWindows(missing, WIDTH_SECONDS[spec.width], bucketsPerPage(spec));
  const tally: Tally = { requests: 0 };
  let fetched = 0;
  const outcomes = await Promise.allSettled(
    windows.map(async (window) => {
      const buckets = await fetchWindow(client, spec, window, tally);
      await writeBuckets(db, spec, buckets, now, settings.openSeconds).catch((err: unknown) =>
        console.error('usage: could not keep buckets in the database', err),
      );
      for (const bucket of buckets) {
        // Outside the window (upstream answering more than asked): not ours to show.
        if (bucket.start_time < window.start || bucket.start_time >= window.end) continue;
        if (!kept.has(bucket.start_time)) fetched++;
        kept.set(bucket.start_time, bucket);
      }
    }),
  );
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
  const loaded = await coalesce(`buckets:${spec.key}:${spec.width}:${range.start}:${range.end}`, () =>
    loadBuckets(client, db, spec, range.starts, now, settings),
  );
  const tally: Tally = { requests: 0 };
  const names = await resolveNames(client, idsToName(loaded.buckets, query.groupBy), tally);
  const shaped = shapeAnswer(query, range.starts, loaded.buckets, names);
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
