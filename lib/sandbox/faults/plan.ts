import 'server-only';
import type { Db } from '@/lib/server/db';
import { readFaultConfig, type FaultConfig } from './setting';
import { formatFault } from './shares';
import { FaultSpecError, parseFaultHeader, type FaultAction, type FaultRule } from './spec';

export const FAULT_HEADER = 'x-sandbox-fault';
export const FAULT_KEY_HEADER = 'x-sandbox-fault-key';

export type FaultOutcome = Exclude<FaultAction, { kind: 'latency' }>;

/** What happens to one request: a delay first, then at most one fault. */
export interface FaultPlan {
  latencyMs: number;
  outcome: FaultOutcome | null;
}

export const NO_FAULTS: FaultPlan = { latencyMs: 0, outcome: null };

// Counters live in memory, per database, so they count per server process. Fault keys are
// bounded so that callers inventing a key per request cannot grow the map without end.
const MAX_KEYS = 10_000;
const keyCounts = new WeakMap<Db, Map<string, number>>();
const shareCounts = new WeakMap<Db, { version: number; hits: Map<string, number> }>();

function countRequest(db: Db, key: string): number {
  let counts = keyCounts.get(db);
  if (!counts) keyCounts.set(db, (counts = new Map()));
  const seen = (counts.get(key) ?? 0) + 1;
  counts.delete(key);
  counts.set(key, seen);
  if (counts.size > MAX_KEYS) {
    const oldest = counts.keys().next().value;
    if (oldest !== undefined) counts.delete(oldest);
  }
  return seen;
}

/** Latencies add up; of the other faults only the first counts. */
function addTo(plan: FaultPlan, action: FaultAction): boolean {
  if (action.kind === 'latency') plan.latencyMs += action.ms;
  else if (plan.outcome) return false;
  else plan.outcome = action;
  return true;
}

interface Target {
  method: string;
  /** The path under /v1, e.g. `/organization/invites`. */
  path: string;
}

const appliesTo = (rule: FaultRule, { method, path }: Target) =>
  (rule.method === null || rule.method === method) && (rule.path === null || path.startsWith(rule.path));

function planFromHeader(db: Db, header: string, key: string | null, target: Target): FaultPlan {
  const rules = parseFaultHeader(header);
  if (key !== null && (key.trim() === '' || key.length > 200))
    throw new FaultSpecError(`${FAULT_KEY_HEADER} must be 1 to 200 characters.`);
  if (key === null && rules.some((r) => r.times !== null))
    throw new FaultSpecError(`times=N needs an ${FAULT_KEY_HEADER} header to count requests by.`);
  const seen = key === null ? 0 : countRequest(db, key.trim());
  const plan = { ...NO_FAULTS };
  for (const rule of rules)
    if (appliesTo(rule, target) && (rule.times === null || seen <= rule.times)) addTo(plan, rule.action);
  return plan;
}

/**
 * Rolls each share for this request; `times=N` counts the hits since the faults were set (a fault
 * added later starts from zero, the others keep counting: hits are kept per fault text).
 */
function planFromShares(db: Db, config: FaultConfig, target: Target, random: () => number): FaultPlan {
  let counts = shareCounts.get(db);
  if (counts?.version !== config.version) shareCounts.set(db, (counts = { version: config.version, hits: new Map() }));
  const plan = { ...NO_FAULTS };
  const seen = new Map<string, number>();
  for (const share of config.shares) {
    const text = `${formatFault(share)}:${share.share}`;
    const occurrence = (seen.get(text) ?? 0) + 1;
    seen.set(text, occurrence);
    const key = `${text}#${occurrence}`;
    const hits = counts.hits.get(key) ?? 0;
    if (!appliesTo(share, target) || (share.times !== null && hits >= share.times)) continue;
    if (random() < share.share && addTo(plan, share.action)) counts.hits.set(key, hits + 1);
  }
  return plan;
}

/**
 * The faults for one request. A request that names faults in `x-sandbox-fault` gets exactly
 * those (`none` opts out), so tests stay deterministic; any other request rolls the configured
 * shares. Throws FaultSpecError for a header that does not parse.
 */
export async function planFaults(db: Db, request: Request, random: () => number = Math.random): Promise<FaultPlan> {
  const pathname = new URL(request.url).pathname;
  const target = { method: request.method.toUpperCase(), path: pathname.slice(Math.max(0, pathname.indexOf('/v1/') + 3)) };
  const header = request.headers.get(FAULT_HEADER);
  if (header !== null) return planFromHeader(db, header, request.headers.get(FAULT_KEY_HEADER), target);
  const config = await readFaultConfig(db);
  return config.shares.length === 0 ? NO_FAULTS : planFromShares(db, config, target, random);
}
