import 'server-only';
import { specSlot, type UpstreamSpec } from './spec';
import type { StoredBucket } from './store';

/*
 * The buckets this process read or fetched lately, in memory in front of the database: a view
 * opened again (or by someone else) is answered without reading hundreds of rows of JSON. Bounded
 * by the number of results held; the queries used least recently are dropped first. The database
 * stays the store that survives restarts and is shared by several instances.
 *
 * A sandbox reset forgets them (forgetHot, called where the directory is forgotten): the
 * organization's usage is seeded anew.
 */

export const MAX_HOT_RESULTS = 200_000;

interface Entry {
  buckets: Map<number, StoredBucket>;
  results: number;
}

interface Hot {
  entries: Map<string, Entry>;
  results: number;
}

const KEY = Symbol.for('console.usage.hot');
const hot = (): Hot => ((globalThis as Record<symbol, Hot>)[KEY] ??= { entries: new Map(), results: 0 });

/** The buckets held for this query (marked as used just now). */
export function hotBuckets(spec: UpstreamSpec): Map<number, StoredBucket> {
  const h = hot();
  const key = specSlot(spec);
  const entry = h.entries.get(key);
  if (!entry) return new Map();
  h.entries.delete(key);
  h.entries.set(key, entry);
  return entry.buckets;
}

/** Holds these buckets for this query, replacing older copies, then trims to MAX_HOT_RESULTS. */
export function holdBuckets(spec: UpstreamSpec, buckets: readonly StoredBucket[]): void {
  const h = hot();
  const key = specSlot(spec);
  const entry = h.entries.get(key) ?? { buckets: new Map(), results: 0 };
  h.entries.delete(key);
  h.entries.set(key, entry);
  for (const bucket of buckets) {
    const before = entry.buckets.get(bucket.start_time);
    const change = bucket.results.length - (before?.results.length ?? 0);
    entry.buckets.set(bucket.start_time, bucket);
    entry.results += change;
    h.results += change;
  }
  for (const [oldKey, old] of h.entries) {
    if (h.results <= MAX_HOT_RESULTS || oldKey === key) break;
    h.entries.delete(oldKey);
    h.results -= old.results;
  }
}

/** Forgets everything held (tests; a sandbox reset). */
export function forgetHot(): void {
  const h = hot();
  h.entries.clear();
  h.results = 0;
}
