import { describe, expect, it } from 'vitest';
import { auditLogHref, localDay, timeAgo } from './format';

describe('journal times and links', () => {
  const now = new Date(2026, 2, 10, 12, 0, 0).getTime();
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says how long ago, coarser as it gets older', () => {
    expect(timeAgo(ago(20_000), now)).toBe('just now');
    expect(timeAgo(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(timeAgo(ago(3 * 3_600_000), now)).toBe('3 h ago');
    expect(timeAgo(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(timeAgo(ago(4 * 86_400_000), now)).toBe('4 days ago');
    expect(timeAgo(ago(90 * 86_400_000), now)).toMatch(/2025$/);
  });

  it('links to the audit log for the change’s object and days (local time)', () => {
    expect(localDay(now)).toBe('2026-03-10');
    const sent = new Date(2026, 2, 9, 23, 59, 30).toISOString();
    const href = auditLogHref({ created_at: sent, finished_at: sent, targets: [{ id: 'proj_a' }] });
    expect(href).toBe('/audit-logs?resource=proj_a&from=2026-03-09&to=2026-03-10');
    expect(auditLogHref({ created_at: sent, finished_at: null, targets: [] })).not.toContain('resource');
  });
});
