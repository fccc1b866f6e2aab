import { describe, expect, it } from 'vitest';
import { canActivate, validityBadge, validityOf } from './certificate-validity';

const NOW = 1_800_000_000;
const DAY = 86_400;
const badge = (valid_at: number | null, expires_at: number | null) => validityBadge(validityOf({ valid_at, expires_at }, NOW));

describe('certificate validity', () => {
  it('calls a certificate past its expiry expired, with how long ago', () => {
    expect(badge(NOW - 400 * DAY, NOW - 35 * DAY)).toEqual({ label: 'Expired 35 days ago', tone: 'danger' });
    expect(badge(NOW - 400 * DAY, NOW - DAY)).toEqual({ label: 'Expired 1 day ago', tone: 'danger' });
    expect(badge(NOW - 400 * DAY, NOW)).toEqual({ label: 'Expired today', tone: 'danger' });
  });

  it('warns within 30 days of expiry', () => {
    expect(badge(NOW - DAY, NOW + 19 * DAY + 3600)).toEqual({ label: 'Expires in 19 days', tone: 'warning' });
    expect(badge(NOW - DAY, NOW + 30 * DAY)).toEqual({ label: 'Expires in 30 days', tone: 'warning' });
    expect(badge(NOW - DAY, NOW + DAY)).toEqual({ label: 'Expires in 1 day', tone: 'warning' });
    expect(badge(NOW - DAY, NOW + 600)).toEqual({ label: 'Expires today', tone: 'warning' });
  });

  it('says how long a valid certificate has left beyond 30 days', () => {
    expect(badge(NOW - DAY, NOW + 31 * DAY)).toEqual({ label: 'Valid for 31 days', tone: 'success' });
    expect(badge(null, NOW + 700 * DAY)).toEqual({ label: 'Valid for 700 days', tone: 'success' });
  });

  it('tells a certificate not valid yet, and one without dates', () => {
    expect(badge(NOW + 2 * DAY - 10, NOW + 400 * DAY)).toEqual({ label: 'Valid in 2 days', tone: 'neutral' });
    expect(validityBadge(validityOf(undefined, NOW))).toEqual({ label: 'Validity unknown', tone: 'neutral' });
  });

  it('lets anything but an expired certificate be activated', () => {
    expect(canActivate(validityOf({ expires_at: NOW - 1 }, NOW))).toBe(false);
    expect(canActivate(validityOf({ expires_at: NOW + 1 }, NOW))).toBe(true);
    expect(canActivate(validityOf({}, NOW))).toBe(true);
  });
});
