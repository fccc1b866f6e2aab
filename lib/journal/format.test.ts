import { describe, expect, it } from 'vitest';
import { localDay } from '@/lib/format/dates';
import { auditLogHref } from './format';

describe('journal links', () => {
  const now = new Date(2026, 2, 10, 12, 0, 0).getTime();

  it('links to the audit log for the change’s object and days (local time)', () => {
    expect(localDay(now)).toBe('2026-03-10');
    const sent = new Date(2026, 2, 9, 23, 59, 30).toISOString();
    const href = auditLogHref({ created_at: sent, finished_at: sent, targets: [{ id: 'proj_a' }] });
    expect(href).toBe('/audit-logs?resource=proj_a&from=2026-03-09&to=2026-03-10');
    expect(auditLogHref({ created_at: sent, finished_at: null, targets: [] })).not.toContain('resource');
  });
});
