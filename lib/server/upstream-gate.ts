import 'server-only';
import { getConfig } from './config';

/*
 * The process-wide gate for upstream calls, kept on globalThis because Next bundles each route
 * separately (every route would otherwise have its own): at most UPSTREAM_CONCURRENCY calls
 * (default UPSTREAM_SLOTS) in flight at once, whoever asked (usage, costs, budgets, names, the
 * directory, the admin proxy), so many viewers cannot exhaust the organization's rate limit; and
 * one shared promise per identical piece of work, so N viewers cost one fetch.
 *
 * Three lines wait for a slot: changes sent through the proxy first (a person is waiting on
 * them), then reads, then background reads nobody is looking at yet (the directory's
 * memberships: a request per project and per group), which also never hold more than
 * `slots - 2`, so a large organization's warm-up does not put every page's reads behind it.
 *
 * Only leaf SDK calls (one request, one page) run in a slot. Never acquire a slot while holding one:
 * with every slot held by callers waiting for a second, nothing would ever run again.
 */

/** Most upstream calls in flight at once by default, across every viewer of this process. */
export const UPSTREAM_SLOTS = 6;

/** Counts what one answer cost upstream. */
export interface Tally {
  requests: number;
}

interface GateState {
  slots: number;
  active: number;
  waiting: (() => void)[];
  background: (() => void)[];
  backgroundActive: number;
  running: Map<string, Promise<unknown>>;
}

const KEY = Symbol.for('console.upstream.gate');
const state = (): GateState =>
  ((globalThis as Record<symbol, GateState>)[KEY] ??= {
    slots: getConfig().upstreamConcurrency,
    active: 0,
    waiting: [],
    background: [],
    backgroundActive: 0,
    running: new Map(),
  });

/** Most background reads in flight at once: the other slots stay free for reads a page waits for. */
export const backgroundSlots = (slots = state().slots): number => Math.max(1, slots - 2);

export interface SlotOptions {
  /** A change a person is waiting on: joins the front of the line. */
  first?: boolean;
  /** A bulk read nobody is looking at yet: served after every other waiting call. */
  background?: boolean;
}

/** Runs `task` once a slot is free for its kind of call; waits in its line otherwise. */
export async function inUpstreamSlot<T>(task: () => Promise<T>, { first = false, background = false }: SlotOptions = {}): Promise<T> {
  const s = state();
  const full = s.active >= s.slots;
  if (background ? full || s.waiting.length > 0 || s.backgroundActive >= backgroundSlots(s.slots) : full)
    await new Promise<void>((resolve) => (background ? s.background.push(resolve) : first ? s.waiting.unshift(resolve) : s.waiting.push(resolve)));
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

/**
 * Hands a freed slot straight on (so `active` never dips and lets a newcomer jump the line): to
 * the next waiting call, else to the next background read within its share.
 */
function release(s: GateState): void {
  const next = s.waiting.shift();
  if (next) return next();
  if (s.background.length > 0 && s.backgroundActive < backgroundSlots(s.slots)) {
    s.backgroundActive++;
    return s.background.shift()?.();
  }
  s.active--;
}

/** Requests in flight and waiting (tests, diagnostics). */
export function gateLoad(): { active: number; waiting: number } {
  const s = state();
  return { active: s.active, waiting: s.waiting.length + s.background.length };
}

/** The cap this process runs with (UPSTREAM_CONCURRENCY). */
export const upstreamSlots = (): number => state().slots;

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
