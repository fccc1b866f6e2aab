import { describe, expect, it } from 'vitest';
import type { GroupRow } from '@/lib/queries/groups';
import type { ProjectGroup } from '@/lib/queries/project-groups';
import {
  nextAfter,
  type AssignedRole,
  type ProjectUser,
  type Role,
} from '@/lib/queries/project-members';
import { toCsv } from '@/lib/format/csv';
import {
  addableGroups,
  assignableProjectRoles,
  defaultGroupRole,
  memberCsvColumns,
  selectProjectGroups,
  selectProjectMembers,
  } from './project-access-logic';

const user = (
  id: string,
  name: string | null,
  email: string | null,
  role = 'member',
): ProjectUser => ({
  object: 'organization.project.user',
  id,
  name: name ?? undefined,
  email: email ?? undefined,
  role,
  added_at: 1_700_000_000,
});
const role = (id: string, name: string, predefined = false): Role => ({
  object: 'role',
  id,
  name,
  description: null,
  permissions: [],
  resource_type: 'api.project',
  predefined_role: predefined,
});
const link = (id: string, name: string): ProjectGroup => ({
  object: 'project.group',
  project_id: 'proj_1',
  group_id: id,
  group_name: name,
  group_type: 'group',
  created_at: 1,
});

describe('selectProjectMembers', () => {
  const members = [
    user('u3', null, 'zed@example.com'),
    user('u1', 'bea', 'b@example.com'),
    user('u2', 'Ada', 'ada@corp.io'),
  ];
  it('sorts by name, then email, case-insensitively', () => {
    expect(selectProjectMembers(members, '').map((m) => m.id)).toEqual(['u2', 'u1', 'u3']);
  });
  it('searches names and emails', () => {
    expect(selectProjectMembers(members, ' CORP ').map((m) => m.id)).toEqual(['u2']);
    expect(selectProjectMembers(members, 'zed').map((m) => m.id)).toEqual(['u3']);
    expect(selectProjectMembers(members, 'nobody')).toEqual([]);
  });
});

describe('groups', () => {
  it('filters and sorts the project groups by name', () => {
    const list = [link('g2', 'Support'), link('g1', 'applied ML')];
    expect(selectProjectGroups(list, '').map((g) => g.group_id)).toEqual(['g1', 'g2']);
    expect(selectProjectGroups(list, 'supp').map((g) => g.group_id)).toEqual(['g2']);
  });
  it('offers only groups without access yet', () => {
    const all = [
      { id: 'g1', name: 'Zeta', member_count: 2 },
      { id: 'g2', name: 'Alpha', member_count: 0 },
      { id: 'g3', name: 'Beta', member_count: 5 },
    ] as GroupRow[];
    expect(addableGroups(all, [link('g3', 'Beta')]).map((g) => g.id)).toEqual(['g2', 'g1']);
  });
});

describe('roles', () => {
  const roles = [role('r3', 'Auditor'), role('r1', 'Owner', true), role('r2', 'Member', true)];
  it('offers roles not held yet, built-in first', () => {
    const held = [{ id: 'r1' }] as AssignedRole[];
    expect(assignableProjectRoles(roles, held).map((r) => r.id)).toEqual(['r2', 'r3']);
  });
  it('defaults a group to the built-in Member role, never Owner when another exists', () => {
    expect(defaultGroupRole(roles)?.id).toBe('r2');
    expect(defaultGroupRole([role('r1', 'Owner', true), role('r9', 'Custom')])?.id).toBe('r9');
    expect(defaultGroupRole([])).toBeUndefined();
  });
});

describe('nextAfter', () => {
  const page = (has_more: boolean, extra: object = {}) => ({
    data: [{ id: 'a' }, { id: 'b' }],
    has_more,
    ...extra,
  });
  it('stops at the last page', () =>
    expect(nextAfter(page(false, { next: 'x' }), undefined)).toBeUndefined());
  it('follows `next`, then `last_id`, then the last item', () => {
    expect(nextAfter(page(true, { next: 'n1' }), undefined)).toBe('n1');
    expect(nextAfter(page(true, { last_id: 'l1' }), undefined)).toBe('l1');
    expect(nextAfter(page(true), undefined)).toBe('b');
  });
  it('never loops on a cursor that does not move', () =>
    expect(nextAfter(page(true, { next: 'b' }), 'b')).toBeUndefined());
  it('stops on an empty page', () =>
    expect(nextAfter({ data: [], has_more: true, next: 'x' }, undefined)).toBeUndefined());
});

describe('export', () => {
  it('writes names, emails and role labels', () => {
    const csv = toCsv(memberCsvColumns, [user('u1', 'Ada', 'ada@example.com', 'owner')]);
    expect(csv.split('\r\n')[1]).toBe('Ada,ada@example.com,Owner,2023-11-14T22:13:20.000Z,u1');
  });
});
