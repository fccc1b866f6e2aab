import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/format/csv';
import type { AssignedRole, GroupRow, OrganizationGroupUser, Role } from '@/lib/queries/groups';
import {
  assignableRoles,
  groupCsvColumns,
  memberCsvColumns,
  orgRoleLabel,
  parseSort,
  selectGroups,
  selectMembers,
} from './groups-logic';

const group = (id: string, name: string, member_count: number, created_at: number): GroupRow => ({
  id,
  name,
  member_count,
  created_at,
  is_scim_managed: false,
  group_type: 'group',
});

const groups = [
  group('group_b', 'applied ML', 7, 300),
  group('group_a', 'Platform Engineering', 12, 100),
  group('group_c', 'okta-contractors', 7, 200),
];

describe('selectGroups', () => {
  it('sorts by name without regard to case, and searches name or id', () => {
    expect(selectGroups(groups, '', 'name', 'asc').map((g) => g.id)).toEqual([
      'group_b',
      'group_c',
      'group_a',
    ]);
    expect(selectGroups(groups, 'PLATFORM', 'name', 'asc').map((g) => g.id)).toEqual(['group_a']);
    expect(selectGroups(groups, 'group_c', 'name', 'asc').map((g) => g.id)).toEqual(['group_c']);
    expect(selectGroups(groups, 'nothing', 'name', 'asc')).toEqual([]);
  });

  it('sorts by members or creation, ties by name, either way round', () => {
    expect(selectGroups(groups, '', 'members', 'asc').map((g) => g.id)).toEqual([
      'group_b',
      'group_c',
      'group_a',
    ]);
    expect(selectGroups(groups, '', 'members', 'desc').map((g) => g.id)).toEqual([
      'group_a',
      'group_c',
      'group_b',
    ]);
    expect(selectGroups(groups, '', 'created', 'asc').map((g) => g.id)).toEqual([
      'group_a',
      'group_c',
      'group_b',
    ]);
  });

  it('does not reorder the rows it was given', () => {
    const rows = [...groups];
    selectGroups(rows, '', 'name', 'desc');
    expect(rows).toEqual(groups);
  });

  it('reads an unknown sort from the URL as name', () => {
    expect(parseSort('members')).toBe('members');
    expect(parseSort('drop table')).toBe('name');
  });
});

describe('selectMembers', () => {
  const members: OrganizationGroupUser[] = [
    { id: 'user_2', name: 'Omar Haddad', email: 'omar.haddad@northwind-robotics.com' },
    { id: 'user_1', name: '', email: 'bot@example.com' },
    { id: 'user_3', name: 'isabella Rossi', email: null },
  ];
  it('searches name and email, and sorts by name (email when nameless)', () => {
    expect(selectMembers(members, '').map((m) => m.id)).toEqual(['user_1', 'user_3', 'user_2']);
    expect(selectMembers(members, 'northwind').map((m) => m.id)).toEqual(['user_2']);
    expect(selectMembers(members, 'ROSSI').map((m) => m.id)).toEqual(['user_3']);
  });
});

describe('assignableRoles', () => {
  const role = (
    id: string,
    name: string,
    predefined_role = false,
    resource_type = 'api.organization',
  ): Role => ({
    id,
    name,
    predefined_role,
    resource_type,
    description: null,
    object: 'role',
    permissions: [],
  });
  it('leaves out held roles and project roles, built-in first then by name', () => {
    const all = [
      role('r1', 'Security Auditor'),
      role('r2', 'Owner', true),
      role('r3', 'Billing Manager'),
      role('r4', 'Member', true, 'api.project'),
    ];
    const held = [
      {
        ...role('r1', 'Security Auditor'),
        assignment_sources: null,
        created_at: null,
        created_by: null,
        created_by_user_obj: null,
        metadata: null,
        updated_at: null,
      },
    ] satisfies AssignedRole[];
    expect(assignableRoles(all, held).map((r) => r.name)).toEqual(['Owner', 'Billing Manager']);
  });
});

describe('labels and exports', () => {
  it('labels organization roles', () => {
    expect(orgRoleLabel('owner')).toBe('Owner');
    expect(orgRoleLabel(null)).toBe('—');
  });

  it('exports groups and members as shown, formula-looking names kept as text', () => {
    const csv = toCsv(groupCsvColumns, [
      { ...group('group_x', '=cmd()', 3, 0), is_scim_managed: true },
    ]);
    expect(csv).toBe(
      "Name,Group id,Members,Managed by SCIM,Created\r\n'=cmd(),group_x,3,yes,1970-01-01T00:00:00.000Z\r\n",
    );
    const members = toCsv(memberCsvColumns, [
      { id: 'user_1', name: 'Omar Haddad', email: 'omar@x.com', role: 'reader' },
    ]);
    expect(members).toBe(
      'Name,Email,Organization role,User id\r\nOmar Haddad,omar@x.com,Reader,user_1\r\n',
    );
  });
});
