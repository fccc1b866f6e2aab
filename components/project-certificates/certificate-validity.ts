/*
 * A certificate's validity at a moment, as a badge: expired, expiring soon (within 30 days, the
 * console's "needs attention" window), valid, or not valid yet.
 */

export const EXPIRING_WITHIN_DAYS = 30;
const DAY = 86_400;

export interface CertificateDates {
  valid_at?: number | null;
  expires_at?: number | null;
}

export type Validity =
  | { kind: 'unknown' }
  | { kind: 'expired'; daysAgo: number }
  | { kind: 'expiring'; daysLeft: number }
  | { kind: 'valid'; daysLeft: number }
  | { kind: 'not-yet-valid'; daysUntil: number };

/** `now` in Unix seconds. Days left are counted down (a certificate expiring in 10 hours has 0 days left). */
export function validityOf(details: CertificateDates | null | undefined, now: number): Validity {
  const expires = details?.expires_at;
  if (!expires) return { kind: 'unknown' };
  if (expires <= now) return { kind: 'expired', daysAgo: Math.floor((now - expires) / DAY) };
  const validAt = details?.valid_at;
  if (validAt && validAt > now) return { kind: 'not-yet-valid', daysUntil: Math.ceil((validAt - now) / DAY) };
  const daysLeft = Math.floor((expires - now) / DAY);
  return daysLeft <= EXPIRING_WITHIN_DAYS ? { kind: 'expiring', daysLeft } : { kind: 'valid', daysLeft };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger';

/** The badge a table shows for a validity: its words and its tone. */
export function validityBadge(validity: Validity): { label: string; tone: BadgeTone } {
  switch (validity.kind) {
    case 'unknown':
      return { label: 'Validity unknown', tone: 'neutral' };
    case 'expired':
      return {
        label: validity.daysAgo === 0 ? 'Expired today' : `Expired ${plural(validity.daysAgo, 'day')} ago`,
        tone: 'danger',
      };
    case 'expiring':
      return {
        label: validity.daysLeft === 0 ? 'Expires today' : `Expires in ${plural(validity.daysLeft, 'day')}`,
        tone: 'warning',
      };
    case 'valid':
      return { label: `Valid for ${plural(validity.daysLeft, 'day')}`, tone: 'success' };
    case 'not-yet-valid':
      return { label: `Valid in ${plural(validity.daysUntil, 'day')}`, tone: 'neutral' };
  }
}

/** Whether a certificate can be activated: the API refuses expired ones. */
export const canActivate = (validity: Validity) => validity.kind !== 'expired';
