import 'server-only';

/*
 * The process-wide gate for upstream reads, kept on globalThis because Next bundles each route
 * separately (every route would otherwise have its own): at most UPSTREAM_SLOTS reads in flight at
 * once, whoever asked (usage, costs, budgets, names, the directory), so many viewers cannot exhaust
 * the organization's rate limit; and one shared promise per identical piece of work, so N viewers
 * cost one fetch.
 *
 * Only leaf SDK calls (one request, one page) run in a slot. Never acquire a slot while holding one:
 * with every slot held by callers waiting for a second, nothing would ever run again.
 */

/** Most upstream reads in flight at once, across every viewer of this process. */
export const UPSTREAM_SLOTS = 6;

/** Counts what one answer cost upstream. */
export interface Tally {
  requests: number;
}

interface GateState {
  active: number;
  waiting: (() => void)[];
  running: Map<string, Promise<unknown>>;
  /** Bulk reads nobody is looking at yet (the directory's memberships): served after `waiting`. */
  background?: (() => void)[];
  backgroundActive?: number;
}

/**
 * Most background reads in flight at once: the other slots stay free for reads a page waits for,
 * so reading a large organization's memberships (a request per project and per group) does not
 * put every page's reads behind it.
 */
export const BACKGROUND_SLOTS = UPSTREAM_SLOTS - 2;

const KEY = Symbol.for('console.upstream.gate');
const state = (): GateState =>
  ((globalThis as Record<symbol, GateState>)[KEY] ??= {
    active: 0,
    waiting: [],
    running: new Map(),
  });

/**
 * Runs `task` once one of the UPSTREAM_SLOTS is free; waits in line otherwise (first come, first
 * served). `background` reads wait in a line of their own, served only when no other read waits
 * and fewer than BACKGROUND_SLOTS background reads run.
 */
export async function inUpstreamSlot<T>(task: () => Promise<T>, options: { background?: boolean } = {}): Promise<T> {
  const s = state();
  const background = options.background === true;
  const lane = (s.background ??= []);
  s.backgroundActive ??= 0;
  const full = s.active >= UPSTREAM_SLOTS;
  if (background ? full || s.waiting.length > 0 || s.backgroundActive >= BACKGROUND_SLOTS : full)
    await new Promise<void>((resolve) => (background ? lane : s.waiting).push(resolve));
  else {
    s.active++;
    if (background) s.backgroundActive++;
  }
  try {
    return await task();
  } finally {
    if (background) s.backgroundActive--;
    release(s);
  }
}

/** Hands a freed slot on: to the next waiting read, else to the next background one within its share. */
function release(s: GateState): void {
  const next = s.waiting.shift();
  if (next) return next();
  if (s.background?.length && (s.backgroundActive ?? 0) < BACKGROUND_SLOTS) {
    s.backgroundActive = (s.backgroundActive ?? 0) + 1;
    return s.background.shift()?.();
  }
  s.active--;
}

/** Requests in flight and waiting (tests, diagnostics). */
export function gateLoad(): { active: number; waiting: number } {
  const s = state();
  return { active: s.active, waiting: s.waiting.length + (s.background?.length ?? 0) };
}

/** The promise of the same work already running under `key`, or `work()` started and shared. */
export function coalesce<T>(key: string, work: () => Promise<T>): Promise<T> {
  const { running } = state();
  const found = running.get(key);
  if (found) return found as Promise<T>;
  const started = work().finally(() => {
    if (running.get(key) === started) running.delete(key);
  });
  running.set(key, started);
  return started;
}
