import 'server-only';

/*
 * A value loaded from upstream and kept for a while, shared by every route of this process: Next
 * bundles each route separately, so module-level state would be one copy per route and the admin
 * proxy could not mark a directory part stale after a change. The state lives on globalThis.
 */

interface Slot {
  value: unknown;
  asOf: number;
  /** Bumped by invalidate(); a load started before a bump does not count as fresh. */
  generation: number;
  loadedGeneration: number;
  loading: Promise<unknown> | null;
  /** The generation the running load started at (a load from before an invalidation is not waited for). */
  loadingGeneration: number;
}

const REGISTRY = Symbol.for('console.directory.cache');
type Registry = Map<string, Slot>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= new Map());

function slot(name: string): Slot {
  const slots = registry();
  let found = slots.get(name);
  if (!found)
    slots.set(
      name,
      (found = {
        value: undefined,
        asOf: 0,
        generation: 0,
        loadedGeneration: -1,
        loading: null,
        loadingGeneration: -1,
      }),
    );
  return found;
}

export interface Cached<T> {
  value: T;
  /** When it was read from upstream (ms since epoch). */
  asOf: number;
}

/**
 * The cached value. Missing or invalidated (a change made through the console): loaded, and the
 * caller waits, so a person sees their own change. Older than `maxAgeMs`: answered at once from
 * the cache (with its age, which pages show) while a fresh copy loads in the background.
 * Concurrent callers share one load (no stampede on upstream).
 */
export async function cached<T>(
  name: string,
  maxAgeMs: number,
  load: () => Promise<T>,
): Promise<Cached<T>> {
  const s = slot(name);
  const current = s.loadedGeneration === s.generation;
  if (current && Date.now() - s.asOf < maxAgeMs) return { value: s.value as T, asOf: s.asOf };
  if (!s.loading || s.loadingGeneration !== s.generation) s.loading = startLoad(s, load);
  const loading = s.loading;
  if (current) {
    loading.catch(() => {}); // a failed background refresh keeps the old copy; the next read tries again
    return { value: s.value as T, asOf: s.asOf };
  }
  const value = (await loading) as T;
  return { value, asOf: s.asOf };
}

function startLoad<T>(s: Slot, load: () => Promise<T>): Promise<T> {
  const generation = (s.loadingGeneration = s.generation);
  const started = Date.now();
  const loading: Promise<T> = load()
    .then((value) => {
      if (s.generation === generation) {
        s.value = value;
        s.asOf = started;
        s.loadedGeneration = generation;
      }
      return value;
    })
    .finally(() => {
      if (s.loading === loading) s.loading = null;
    });
  return loading;
}

/** Marks a cached value stale: the next read loads it again. */
export function invalidate(name: string): void {
  slot(name).generation++;
}

/** Whether a value is cached and not invalidated (so a read answers without waiting). */
export function isKnown(name: string): boolean {
  const s = slot(name);
  return s.loadedGeneration === s.generation;
}

/** Forgets every cached value (tests, a sandbox reset). */
export function clearAll(): void {
  for (const s of registry().values()) s.generation++;
}
