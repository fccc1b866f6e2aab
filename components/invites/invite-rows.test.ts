import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/format/csv';
import type { Invite } from '@/lib/queries/invites';
import {
  byStatus,
  countStatuses,
  effectiveStatus,
  INVITE_CSV_COLUMNS,
  inviteRows,
  searchRows,
} from './invite-rows';

const NOW = 1_750_000_000;
const DAY = 86_400;

function invite(id: string, email: string, over: Partial<Invite> = {}): Invite {
  return {
    object: 'organization.invite',
    id,
    email,
    role: 'reader',
    status: 'pending',
    created_at: NOW - DAY,
    expires_at: NOW + 6 * DAY,
    accepted_at: null,
    projects: [],
    ...over,
  };
}

const projects = new Map([
  ['proj_a', { name: 'Checkout', archived: false }],
  ['proj_b', { name: 'Old Labs', archived: true }],
]);

const invites = [
  invite('inv_1', 'ada@x.com', {
    created_at: NOW - 3 * DAY,
    projects: [
      { id: 'proj_a', role: 'owner' },
      { id: 'proj_gone', role: 'member' },
    ],
  }),
  invite('inv_2', 'bob@x.com', {
    status: 'accepted',
    accepted_at: NOW - DAY,
    created_at: NOW - 2 * DAY,
  }),
  invite('inv_3', 'carol@x.com', { created_at: NOW - 9 * DAY, expires_at: NOW - 2 * DAY }),
  invite('inv_4', 'dan@y.com', {
    status: 'expired',
    created_at: NOW - 30 * DAY,
    expires_at: NOW - 23 * DAY,
    projects: [{ id: 'proj_b', role: 'member' }],
  }),
  invite('inv_5', 'eve@y.com', { role: 'owner', created_at: NOW - 60 }),
];

describe('effectiveStatus', () => {
  it('turns a pending invite past its expiry into expired, at the second it expires', () => {
    expect(effectiveStatus({ status: 'pending', expires_at: NOW }, NOW)).toBe('expired');
    expect(effectiveStatus({ status: 'pending', expires_at: NOW + 1 }, NOW)).toBe('pending');
  });

  it('keeps what the API says otherwise, and a pending invite without expiry stays pending', () => {
    expect(effectiveStatus({ status: 'accepted', expires_at: NOW - DAY }, NOW)).toBe('accepted');
    expect(effectiveStatus({ status: 'expired', expires_at: NOW + DAY }, NOW)).toBe('expired');
    expect(effectiveStatus({ status: 'pending', expires_at: null }, NOW)).toBe('pending');
    expect(effectiveStatus({ status: 'pending', expires_at: undefined }, NOW)).toBe('pending');
  });
});

describe('inviteRows', () => {
  const rows = inviteRows(invites, projects, NOW);

  it('sorts newest first and names the projects, keeping unknown ones by id', () => {
    expect(rows.map((r) => r.invite.id)).toEqual(['inv_5', 'inv_2', 'inv_1', 'inv_3', 'inv_4']);
    expect(rows.find((r) => r.invite.id === 'inv_1')?.projects).toEqual([
      { id: 'proj_a', role: 'owner', name: 'Checkout', archived: false },
      { id: 'proj_gone', role: 'member', name: null, archived: false },
    ]);
  });

  it('counts and filters by the status as of now', () => {
    expect(countStatuses(rows)).toEqual({ all: 5, pending: 2, accepted: 1, expired: 2 });
    expect(byStatus(rows, 'expired').map((r) => r.invite.email)).toEqual([
      'carol@x.com',
      'dan@y.com',
    ]);
    expect(byStatus(rows, 'all')).toHaveLength(5);
  });

  it('searches email, role and project names, case-insensitively', () => {
    expect(searchRows(rows, ' Y.COM ').map((r) => r.invite.email)).toEqual([
      'eve@y.com',
      'dan@y.com',
    ]);
    expect(searchRows(rows, 'owner').map((r) => r.invite.email)).toEqual(['eve@y.com']);
    expect(searchRows(rows, 'checkout').map((r) => r.invite.email)).toEqual(['ada@x.com']);
    expect(searchRows(rows, 'old labs').map((r) => r.invite.email)).toEqual(['dan@y.com']);
    expect(searchRows(rows, '')).toHaveLength(5);
  });

  it('exports the rows as CSV with dates in ISO form and projects by name', () => {
    const csv = toCsv(
      INVITE_CSV_COLUMNS,
      rows.filter((r) => r.invite.id === 'inv_1'),
    );
    const [header, line] = csv.trim().split('\r\n');
    expect(header).toBe(
      'Email,Organization role,Status,Invited at,Expires at,Accepted at,Projects,Invite id',
    );
    expect(line).toBe(
      `ada@x.com,reader,pending,${new Date((NOW - 3 * DAY) * 1000).toISOString()},${new Date((NOW + 6 * DAY) * 1000).toISOString()},,Checkout (owner); Unknown project proj_gone (member),inv_1`,
    );
  });
});
