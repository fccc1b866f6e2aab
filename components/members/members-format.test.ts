import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/format/csv';
import type { MemberRow } from '@/lib/queries/directory';
import {
  joinNames,
  MEMBER_CSV_COLUMNS,
  nextSort,
  pageRangeText,
  parsePage,
  removalLosses,
  summarizeNames,
} from './members-format';

const member = (over: Partial<MemberRow> = {}): MemberRow => ({
  id: 'user_1',
  name: 'Kenji Watanabe',
  email: 'kenji.watanabe@northwind-robotics.com',
  role: 'reader',
  added_at: 1_700_000_000,
  is_scim_managed: false,
  projects: [
    { id: 'p1', name: 'Warehouse Vision', role: 'owner', archived: false },
    { id: 'p2', name: 'Docs Translation', role: 'member', archived: false },
  ],
  groups: [{ id: 'g1', name: 'Platform' }],
  ...over,
});

describe('nextSort', () => {
  it('flips the order of the same column and starts another at its natural order', () => {
    expect(nextSort({ sort: 'name', order: 'asc' }, 'name')).toEqual({
      sort: 'name',
      order: 'desc',
    });
    expect(nextSort({ sort: 'name', order: 'desc' }, 'name')).toEqual({
      sort: 'name',
      order: 'asc',
    });
    expect(nextSort({ sort: 'name', order: 'asc' }, 'email')).toEqual({
      sort: 'email',
      order: 'asc',
    });
    expect(nextSort({ sort: 'name', order: 'asc' }, 'added_at')).toEqual({
      sort: 'added_at',
      order: 'desc',
    });
  });
});

describe('pageRangeText and parsePage', () => {
  it('says which rows of how many are shown', () => {
    expect(pageRangeText(0, 50, 10_000)).toBe('1–50 of 10,000');
    expect(pageRangeText(9_950, 50, 10_000)).toBe('9,951–10,000 of 10,000');
    expect(pageRangeText(0, 0, 0)).toBe('0 of 0');
  });

  it('reads a page number, falling back to 1', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage('')).toBe(1);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('2.5')).toBe(1);
    expect(parsePage('x')).toBe(1);
  });
});

describe('names', () => {
  it('summarizes a list with a count of the rest', () => {
    expect(summarizeNames([])).toBe('—');
    expect(summarizeNames(['A'])).toBe('A');
    expect(summarizeNames(['A', 'B'])).toBe('A, B');
    expect(summarizeNames(['A', 'B', 'C', 'D'])).toBe('A, B +2 more');
  });

  it('joins names as a sentence would', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('removalLosses', () => {
  it('names the projects, groups and roles a member loses', () => {
    expect(removalLosses(member(), ['Billing Manager'])).toEqual([
      'membership of 2 projects: Warehouse Vision and Docs Translation',
      'membership of 1 group: Platform',
      'the role Billing Manager',
    ]);
  });

  it('says what it cannot name yet, and leaves out what they do not have', () => {
    expect(removalLosses(member({ projects: null, groups: null }), null)).toEqual([
      'their project memberships',
      'their organization role assignments',
    ]);
    expect(removalLosses(member({ projects: [], groups: [] }), [])).toEqual([]);
  });
});

describe('MEMBER_CSV_COLUMNS', () => {
  it('exports memberships as readable lists and the date as a day', () => {
    const csv = toCsv(MEMBER_CSV_COLUMNS, [member()]);
    expect(csv.split('\r\n')[0]).toBe(
      'Name,Email,Organization role,Added,Projects,Groups,SCIM managed,User id',
    );
    expect(csv.split('\r\n')[1]).toBe(
      'Kenji Watanabe,kenji.watanabe@northwind-robotics.com,reader,2023-11-14,Warehouse Vision (owner); Docs Translation (member),Platform,false,user_1',
    );
  });
});
