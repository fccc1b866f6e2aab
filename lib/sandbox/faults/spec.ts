import 'server-only';

/**
 * The fault language, shared by the `x-sandbox-fault` header, SANDBOX_FAULTS and the control API.
 * One fault is `name[=value][;option=value...]`:
 *
 *   latency=800                   wait 800 ms, then answer normally (adds to any other fault)
 *   rate-limit[;retry-after=2]    429 with Retry-After (seconds, default 1) [;retry-after-ms=200]
 *   500 | 502 | 503 | 504         that status with the API's server_error body
 *   stall[;max=120]               headers never come; the connection drops after max seconds
 *   stall-body[;max=120]          200 headers and half the body, then nothing until max, then a drop
 *   reset                         the connection drops before anything is applied
 *   reset-after-apply             the request IS applied, then the connection drops (no response)
 *   truncated                     the answer's JSON is cut off halfway
 *
 * Any fault also takes `;method=POST` (only requests with that method), `;path=/organization/invites`
 * (only requests whose path under /v1 starts with it) and `;times=N` (at most N requests). In the header, times counts the requests carrying the same `x-sandbox-fault-key`
 * ("rate-limit;times=1" fails once, then lets the SDK's retry through); in the shares (shares.ts)
 * it counts the requests the fault hit since the faults were last set.
 */

export type ServerErrorStatus = 500 | 502 | 503 | 504;

export type FaultAction =
  | { kind: 'latency'; ms: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number; retryAfterMs: number | null }
  | { kind: 'server-error'; status: ServerErrorStatus }
  | { kind: 'stall'; phase: 'headers' | 'body'; maxMs: number }
  | { kind: 'reset'; afterApply: boolean }
  | { kind: 'truncated' };

export interface FaultRule {
  action: FaultAction;
  /** At most this many requests get the fault (see above for what is counted); null = no limit. */
  times: number | null;
  /** Only requests with this method get the fault; null = any. */
  method: FaultMethod | null;
  /** Only requests whose path (under /v1) starts with this get the fault; null = any. */
  path: string | null;
}

export const FAULT_METHODS = ['GET', 'POST', 'DELETE'] as const;
export type FaultMethod = (typeof FAULT_METHODS)[number];

/** A fault text that does not parse; the message says what is wrong and what would be right. */
export class FaultSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultSpecError';
  }
}

export const MAX_LATENCY_MS = 120_000;
export const MAX_STALL_SECONDS = 120;
export const FAULT_NAMES = 'latency=<ms>, rate-limit, 500, 502, 503, 504, stall, stall-body, reset, reset-after-apply, truncated';

function wholeNumber(text: string | undefined, what: string, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isInteger(value) || value < min || value > max)
    throw new FaultSpecError(`${what} must be a whole number from ${min} to ${max} (got "${text ?? ''}").`);
  return value;
}

function parseOptions(parts: string[], fault: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const part of parts) {
    const [key = '', value = ''] = part.split('=', 2).map((s) => s.trim());
    if (!key || !value) throw new FaultSpecError(`"${part}" in "${fault}" is not an option=value pair.`);
    options.set(key.toLowerCase(), value);
  }
  return options;
}

function parseAction(name: string, value: string | undefined, options: Map<string, string>, text: string): FaultAction {
  const allow = (...names: string[]) => {
    for (const key of options.keys())
      if (!names.includes(key)) throw new FaultSpecError(`"${text}" does not take the option ${key}.`);
  };
  if (name !== 'latency' && value !== undefined)
    throw new FaultSpecError(`"${text}": only latency takes a value after "=".`);
  switch (name) {
    case 'latency':
      allow();
      return { kind: 'latency', ms: wholeNumber(value, 'latency', 0, MAX_LATENCY_MS) };
    case 'rate-limit': {
      allow('retry-after', 'retry-after-ms');
      const seconds = options.get('retry-after');
      const ms = options.get('retry-after-ms');
      return {
        kind: 'rate-limit',
        retryAfterSeconds: seconds === undefined ? 1 : wholeNumber(seconds, 'retry-after', 0, 3600),
        retryAfterMs: ms === undefined ? null : wholeNumber(ms, 'retry-after-ms', 0, 3_600_000),
      };
    }
    case '500':
    case '502':
    case '503':
    case '504':
      allow();
      return { kind: 'server-error', status: Number(name) as ServerErrorStatus };
    case 'stall':
    case 'stall-body': {
      allow('max');
      const max = options.get('max');
      const seconds = max === undefined ? MAX_STALL_SECONDS : wholeNumber(max, 'max', 1, MAX_STALL_SECONDS);
      return { kind: 'stall', phase: name === 'stall' ? 'headers' : 'body', maxMs: seconds * 1000 };
    }
    case 'reset':
    case 'reset-after-apply':
      allow();
      return { kind: 'reset', afterApply: name === 'reset-after-apply' };
    case 'truncated':
      allow();
      return { kind: 'truncated' };
    default:
      throw new FaultSpecError(`Unknown fault "${name}". Known faults: ${FAULT_NAMES}.`);
  }
}

function parseMethod(text: string | undefined): FaultMethod | null {
  if (text === undefined) return null;
  const method = FAULT_METHODS.find((m) => m === text.toUpperCase());
  if (!method) throw new FaultSpecError(`method must be ${FAULT_METHODS.join(', ')} (got "${text}").`);
  return method;
}

/** One fault, e.g. `rate-limit;retry-after=2;method=GET;times=1`. */
export function parseFault(text: string): FaultRule {
  const [head = '', ...rest] = text.split(';').map((s) => s.trim());
  const options = parseOptions(rest, text);
  const timesText = options.get('times');
  const method = parseMethod(options.get('method'));
  const path = options.get('path') ?? null;
  if (path !== null && !path.startsWith('/')) throw new FaultSpecError(`path must start with "/" (got "${path}").`);
  options.delete('times');
  options.delete('method');
  options.delete('path');
  const eq = head.indexOf('=');
  const name = (eq < 0 ? head : head.slice(0, eq)).trim().toLowerCase();
  const value = eq < 0 ? undefined : head.slice(eq + 1).trim();
  const action = parseAction(name, value, options, text);
  const times = timesText === undefined ? null : wholeNumber(timesText, 'times', 1, 1_000_000);
  return { action, times, method, path };
}

/** The faults of one `x-sandbox-fault` header: comma-separated; `none` (or empty) means none. */
export function parseFaultHeader(text: string): FaultRule[] {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 1 && items[0]?.toLowerCase() === 'none') return [];
  const rules = items.map((item) => parseFault(item));
  const outcomes = rules.filter((r) => r.action.kind !== 'latency');
  if (outcomes.length > 1)
    throw new FaultSpecError('Give at most one fault besides latency (e.g. "latency=500, 503").');
  return rules;
}
