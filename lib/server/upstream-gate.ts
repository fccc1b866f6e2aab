import 'server-only';
import { getConfig } from './config';

/*
 * The process-wide gate for upstream calls, kept on globalThis because Next bundles each route
 * separately (every route would otherwise have its own): at most UPSTREAM_CONCURRENCY calls
 * (default UPSTREAM_SLOTS) in flight at once, whoever asked (usage, costs, budgets, names, the
 * directory, the admin proxy), so many viewers cannot exhaust the organization's rate limit; and
 * one shared promise per identical piece of work, so N viewers cost one fetch.
 *
 * A change sent through the proxy takes a slot too (the cap is on every call), but waits at the
 * front of the line: a person is waiting on it, while reads are often a page's background fan-out.
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
  running: Map<string, Promise<unknown>>;
}

const KEY = Symbol.for('console.upstream.gate');
const state = (): GateState =>
  ((globalThis as Record<symbol, GateState>)[KEY] ??= {
    slots: getConfig().upstreamConcurrency,
    active: 0,
    waiting: [],
    running: new Map(),
  });

/**
 * Runs `task` once a slot is free; waits in line otherwise (first come, first served, except that
 * `{ first: true }`, for changes, joins at the front).
 */
export async function inUpstreamSlot<T>(task: () => Promise<T>, { first = false } = {}): Promise<T> {
  const s = state();
  if (s.active >= s.slots) await new Promise<void>((resolve) => (first ? s.waiting.unshift(resolve) : s.waiting.push(resolve)));
  else s.active++;
  try {
    return await task();
  } finally {
    const next = s.waiting.shift();
    // The slot passes straight to the next in line, so `active` never dips and lets a newcomer jump it.
    if (next) next();
    else s.active--;
  }
}

/** Requests in flight and waiting (tests, diagnostics). */
export function gateLoad(): { active: number; waiting: number } {
  const s = state();
  return { active: s.active, waiting: s.waiting.length };
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
