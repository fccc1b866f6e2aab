import 'server-only';
import type { ConsoleConfig } from '../config';

/** Why a session ended by time: unused too long, or signed in too long ago. */
export type SessionEnd = 'idle' | 'lifetime';
export const SESSION_ENDS: readonly SessionEnd[] = ['idle', 'lifetime'];

type Limits = Pick<ConsoleConfig, 'sessionIdleMinutes' | 'sessionMaxHours'>;

/**
 * Whether a stored session has ended by time. Idle: Better Auth slides `expiresAt` forward with
 * use (SESSION_IDLE_MINUTES past the last use), so a past `expiresAt` means unused that long.
 * Lifetime: more than SESSION_MAX_HOURS since sign-in, however active.
 */
export function expiryOf(row: { expiresAt: Date; createdAt: Date }, limits: Limits, now = Date.now()): SessionEnd | null {
  if (now - row.createdAt.getTime() > limits.sessionMaxHours * 3_600_000) return 'lifetime';
  if (row.expiresAt.getTime() <= now) return 'idle';
  return null;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** What the sign-in page (and a refused request) tells the person. */
export function endedMessage(reason: SessionEnd, limits: Limits): string {
  return reason === 'idle'
    ? `Your session ended after ${plural(limits.sessionIdleMinutes, 'minute')} without activity. Sign in again.`
    : `Your session ended ${plural(limits.sessionMaxHours, 'hour')} after you signed in; sessions last at most that long. Sign in again.`;
}
