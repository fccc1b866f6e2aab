import 'server-only';
import { UPSTREAM_CONCURRENCY } from '../directory/load';

/*
 * At most UPSTREAM_CONCURRENCY budget reads in flight in this process, whoever asked: ten people
 * opening /costs on a large organization wait in one queue instead of multiplying the load on the
 * organization's rate limit. On globalThis, like the shared cache: Next bundles routes apart.
 */

interface Gate {
  active: number;
  waiting: (() => void)[];
}

const GATE = Symbol.for('console.budgets.upstream-gate');
const gate = (): Gate => ((globalThis as Record<symbol, Gate>)[GATE] ??= { active: 0, waiting: [] });

/** Runs `read` once a slot is free; the slot passes straight to the next in line when it ends. */
export async function withUpstreamSlot<T>(read: () => Promise<T>): Promise<T> {
  const g = gate();
  if (g.active < UPSTREAM_CONCURRENCY) g.active++;
  else await new Promise<void>((resolve) => g.waiting.push(resolve));
  try {
    return await read();
  } finally {
    const next = g.waiting.shift();
    if (next) next();
    else g.active--;
  }
}

/** How many reads run and wait now (tests). */
export function gateLoad(): { active: number; waiting: number } {
  const g = gate();
  return { active: g.active, waiting: g.waiting.length };
}
