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
      (found = { value: undefined, asOf: 0, generation: 0, loadedGeneration: -1, loading: null }),
    );
  return found;
}

export interface Cached<T> {
  value: T;
  /** When it was read from upstream (ms since epoch). */
  asOf: number;
}

/**
 * The cached value, loaded when missing, invalidated, or older than `maxAgeMs`. Concurrent callers
 * share one load (no stampede on upstream).
 */
export async function cached<T>(
  name: string,
  maxAgeMs: number,
  load: () => Promise<T>,
): Promise<Cached<T>> {
  const s = slot(name);
  const fresh = s.loadedGeneration === s.generation && Date.now() - s.asOf < maxAgeMs;
  if (fresh) return { value: s.value as T, asOf: s.asOf };
  if (!s.loading) {
    const generation = s.generation;
    const started = Date.now();
    s.loading = load()
      .then((value) => {
        s.value = value;
        s.asOf = started;
        s.loadedGeneration = generation;
        return value;
      })
      .finally(() => {
        s.loading = null;
      });
  }
  const value = (await s.loading) as T;
  return { value, asOf: s.asOf };
}

/** Marks a cached value stale: the next read loads it again. */
export function invalidate(name: string): void {
  slot(name).generation++;
}

/** Whether a value is cached and current (for answering "still loading" without waiting). */
export function isFresh(name: string, maxAgeMs: number): boolean {
  const s = slot(name);
  return s.loadedGeneration === s.generation && Date.now() - s.asOf < maxAgeMs;
}

/** Forgets every cached value (tests, a sandbox reset). */
export function clearAll(): void {
  for (const s of registry().values()) s.generation++;
}
