import 'server-only';
import { createHash } from 'node:crypto';
import type { ConsoleErrorBody } from '@/lib/admin/errors';

/*
 * Two limits on changes, checked before anything is written or sent:
 * - the same change again (same user, operation, path and validated body) while the first is in
 *   flight, or within `duplicateSeconds` of it once it succeeded, is refused: a double click or a
 *   resent form would otherwise make it twice. A change that failed or whose outcome is unknown
 *   frees its claim when answered: the person has been told (the proxy re-reads after an unknown
 *   outcome) and may try again at once;
 * - at most `perMinute` changes per console user in any 60 s.
 *
 * Kept in process memory, not read from the journal: the check and the claim happen in one
 * synchronous step, so two identical requests arriving together cannot both pass (two journal
 * reads could), the full body is compared (the journal keeps only a redacted summary), and it
 * costs no database read. The limit is per process: several instances behind a balancer each
 * keep their own.
 */

export interface MutationLimitSettings {
  /** 0 turns the duplicate check off. */
  duplicateSeconds: number;
  perMinute: number;
}

export interface MutationRequest {
  userId: string;
  operation: string;
  /** The filled upstream path: it carries the path parameters. */
  path: string;
  /** The validated body (so " Payments " and "Payments" are the same change). */
  body: unknown;
}

export interface LimitRefusal {
  status: 409 | 429;
  error: ConsoleErrorBody['error'];
  headers: Record<string, string>;
}

/** The claim of one admitted change: tell it the journal entry, then how it ended. */
export interface MutationTicket {
  journaled(entryId: number): void;
  /** Only a success keeps the claim for the window; after a failure or an unknown outcome the person was told and may retry. */
  settle(outcome: 'succeeded' | 'failed' | 'unknown'): void;
  /** Nothing was sent (e.g. the journal could not be written). */
  release(): void;
}

interface Claim {
  sentAt: number;
  pending: boolean;
  entryId: number | null;
}

const MINUTE = 60_000;

/** JSON with object keys sorted, so key order does not make two equal bodies differ. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const changeKey = (r: MutationRequest) =>
  createHash('sha256').update(stableJson([r.userId, r.operation, r.path, r.body ?? null])).digest('base64url');

export class MutationLimiter {
  private readonly claims = new Map<string, Claim>();
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly settings: MutationLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Admits the change (and claims it) or says why not. Synchronous: check and claim are one step. */
  admit(request: MutationRequest): { ticket: MutationTicket } | { refusal: LimitRefusal } {
    const now = this.now();
    this.forgetOld(now);
    const key = changeKey(request);
    const earlier = this.settings.duplicateSeconds > 0 ? this.claims.get(key) : undefined;
    if (earlier) return { refusal: this.duplicate(earlier, now) };

    const sent = this.recent.get(request.userId) ?? [];
    if (sent.length >= this.settings.perMinute) return { refusal: this.tooMany(sent[0] ?? now, now) };
    sent.push(now);
    this.recent.set(request.userId, sent);

    if (this.settings.duplicateSeconds <= 0) return { ticket: { journaled() {}, settle() {}, release() {} } };
    const claim: Claim = { sentAt: now, pending: true, entryId: null };
    this.claims.set(key, claim);
    const drop = () => {
      if (this.claims.get(key) === claim) this.claims.delete(key);
    };
    return {
      ticket: {
        journaled: (entryId) => void (claim.entryId = entryId),
        settle: (outcome) => (outcome === 'succeeded' ? void (claim.pending = false) : drop()),
        release: drop,
      },
    };
  }

  private forgetOld(now: number) {
    const window = this.settings.duplicateSeconds * 1000;
    for (const [key, claim] of this.claims) if (!claim.pending && now - claim.sentAt >= window) this.claims.delete(key);
    for (const [user, times] of this.recent) {
      while (times.length > 0 && now - (times[0] ?? 0) >= MINUTE) times.shift();
      if (times.length === 0) this.recent.delete(user);
    }
  }

  private duplicate(earlier: Claim, now: number): LimitRefusal {
    const ago = Math.max(0, Math.round((now - earlier.sentAt) / 1000));
    const entry = earlier.entryId !== null ? `journal entry #${earlier.entryId}` : 'its journal entry';
    const state = earlier.pending ? 'it is still in progress' : 'it succeeded';
    return {
      status: 409,
      headers: {},
      error: {
        code: 'duplicate_submission',
        param: null,
        message:
          `You sent this same change ${ago} s ago and ${state}, so it was not sent again. ` +
          `Check the list, or ${entry} under Audit log → Console journal, to see how it went. ` +
          `To make the same change twice on purpose, wait ${this.settings.duplicateSeconds} s.`,
      },
    };
  }

  private tooMany(oldest: number, now: number): LimitRefusal {
    const wait = Math.max(1, Math.ceil((oldest + MINUTE - now) / 1000));
    return {
      status: 429,
      headers: { 'retry-after': String(wait) },
      error: {
        code: 'change_rate_limited',
        param: null,
        retry_after_seconds: wait,
        message: `You have made ${this.settings.perMinute} changes in the last minute, the most the console allows one person; this one was not sent. Try again in ${wait} s.`,
      },
    };
  }
}

const KEY = Symbol.for('console.mutation.limiter');

/** The process's limiter (on globalThis: Next bundles each route on its own), made once from `settings`. */
export function processLimiter(settings: MutationLimitSettings): MutationLimiter {
  const store = globalThis as Record<symbol, MutationLimiter | undefined>;
  return (store[KEY] ??= new MutationLimiter(settings));
}
