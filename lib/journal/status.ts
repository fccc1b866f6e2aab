import { PENDING_SECONDS } from '@/lib/audit/attribution';
import { eventTypesOf } from '@/lib/audit/operation-events';

/*
 * Whether a journalled change shows in the organization's audit log. The journal knows what the
 * console sent; upstream, OpenAI logs what it applied. A change that succeeded (or whose outcome is
 * unknown) and whose operation leaves events should have them; console-only changes leave none, and
 * a failed change changed nothing.
 */

export type UpstreamStatus =
  | { kind: 'found'; eventIds: string[] }
  | { kind: 'missing' }
  | { kind: 'not_expected' }
  | { kind: 'not_applicable' }
  | { kind: 'not_checked'; reason: string };

/** What looking in the audit log found for one entry (or why it could not look). */
export type UpstreamCheckResult = { kind: 'found'; eventIds: string[] } | { kind: 'missing' } | { kind: 'not_checked'; reason: string };

export interface ClassifiedEntry {
  operation: string;
  outcome: string;
}

/** A change still waiting for its answer after this long probably never got one (attribution's bound). */
export const STALE_PENDING_MS = PENDING_SECONDS * 1000;

/** True when the operation leaves events in the organization's audit log. */
export const leavesUpstreamEvents = (operation: string) => eventTypesOf(operation).length > 0;

/** True when the audit log should be searched for this entry's events. */
export function shouldLookUpstream(entry: ClassifiedEntry): boolean {
  return (entry.outcome === 'succeeded' || entry.outcome === 'unknown') && leavesUpstreamEvents(entry.operation);
}

/** The entry's upstream status, given what the look (if any) found. */
export function upstreamStatus(entry: ClassifiedEntry, check: UpstreamCheckResult | undefined): UpstreamStatus {
  if (entry.outcome === 'failed') return { kind: 'not_applicable' };
  if (!leavesUpstreamEvents(entry.operation)) return { kind: 'not_expected' };
  if (entry.outcome === 'pending') return { kind: 'not_checked', reason: 'The change is still waiting for its answer.' };
  return check ?? { kind: 'not_checked', reason: 'The audit log was not searched for this change.' };
}

/** True for the entries the "needs a look" filter lists. */
export function needsALook(entry: ClassifiedEntry & { createdAt: number }, status: UpstreamStatus, now = Date.now()): boolean {
  if (entry.outcome === 'failed' || entry.outcome === 'unknown') return true;
  if (entry.outcome === 'pending') return now - entry.createdAt > STALE_PENDING_MS;
  return status.kind === 'missing';
}

export const UPSTREAM_STATUS_LABELS: Record<UpstreamStatus['kind'], string> = {
  found: 'event found',
  missing: 'no upstream event yet',
  not_expected: 'no upstream event expected',
  not_applicable: 'n/a',
  not_checked: 'not checked',
};

/** The status in words, for the table's badge and the CSV. */
export function upstreamStatusText(status: UpstreamStatus): string {
  if (status.kind === 'found') return `${UPSTREAM_STATUS_LABELS.found} (${status.eventIds.join(' ')})`;
  if (status.kind === 'not_applicable') return 'n/a: the change failed';
  if (status.kind === 'not_checked') return `not checked: ${status.reason}`;
  return UPSTREAM_STATUS_LABELS[status.kind];
}
