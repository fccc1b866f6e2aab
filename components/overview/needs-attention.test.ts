import { describe, expect, it } from 'vitest';
import type { Invite } from 'openai/resources/admin/organization/invites';
import type { OrgCertificate } from '@/lib/queries/certificates';
import { certificatesNeedingAttention, invitesNeedingAttention, whereActive } from './needs-attention';

const NOW = 1_800_000_000;
const DAY = 86_400;
const cert = (id: string, expires: number, active = false): OrgCertificate =>
  ({ id, name: id, created_at: 1, active, object: 'organization.certificate', certificate_details: { valid_at: NOW - 100 * DAY, expires_at: expires } }) as OrgCertificate;
const invite = (id: string, created: number, status: Invite['status'] = 'pending'): Invite =>
  ({ id, email: `${id}@example.com`, role: 'reader', status, created_at: created, expires_at: created + 7 * DAY, object: 'organization.invite' }) as Invite;
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('certificatesNeedingAttention', () => {
  it('takes certificates expiring within 30 days, active or not, up to the last second of day 30', () => {
    const items = certificatesNeedingAttention(
      [cert('in-30-days', NOW + 30 * DAY), cert('last-second', NOW + 31 * DAY - 1), cert('day-31', NOW + 31 * DAY), cert('soon', NOW + 3600, true)],
      {},
      NOW,
    );
    expect(ids(items)).toEqual(['soon', 'in-30-days', 'last-second']);
    expect(items[1]?.validity).toEqual({ kind: 'expiring', daysLeft: 30 });
  });

  it('takes expired certificates only while they are still active, for the organization or a project', () => {
    const items = certificatesNeedingAttention(
      [cert('expired-org', NOW - 2 * DAY, true), cert('expired-project', NOW - DAY), cert('expired-unused', NOW - DAY), cert('expiring-now', NOW, true)],
      { 'expired-project': [{ id: 'p1', name: 'Warehouse Vision' }] },
      NOW,
    );
    expect(ids(items)).toEqual(['expired-org', 'expired-project', 'expiring-now']);
    expect(items[2]?.validity.kind).toBe('expired');
    expect(items[1]?.projects).toEqual([{ id: 'p1', name: 'Warehouse Vision' }]);
  });

  it('says where a certificate is active', () => {
    const p = (name: string) => ({ id: name, name });
    expect(whereActive({ activeForOrganization: true, projects: [] })).toBe('Active for the organization');
    expect(whereActive({ activeForOrganization: true, projects: [p('A'), p('B')] })).toBe('Active for the organization and in 2 projects');
    expect(whereActive({ activeForOrganization: false, projects: [p('Fleet')] })).toBe('Active in Fleet');
    expect(whereActive({ activeForOrganization: false, projects: [] })).toBe('Not active');
  });
});

describe('invitesNeedingAttention', () => {
  it('takes pending invites sent more than 7 days ago, oldest first, with their age in days', () => {
    const items = invitesNeedingAttention(
      [invite('exactly-7', NOW - 7 * DAY), invite('7-and-a-second', NOW - 7 * DAY - 1), invite('twenty', NOW - 20 * DAY - 5), invite('fresh', NOW - DAY)],
      NOW,
    );
    expect(ids(items)).toEqual(['twenty', '7-and-a-second']);
    expect(items.map((i) => i.daysPending)).toEqual([20, 7]);
  });

  it('leaves out accepted and expired invites, however old', () => {
    expect(invitesNeedingAttention([invite('a', NOW - 30 * DAY, 'accepted'), invite('e', NOW - 30 * DAY, 'expired')], NOW)).toEqual([]);
  });
});
