import { describe, expect, it } from 'vitest';
import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';
import { filterKeys, formatSelection, isRevocable, isStale, keyOwner, keyOwners, lastUsedLabel, parseSelection, toggleMany } from './api-key-rules';

const DAY = 86_400;
const NOW = Date.UTC(2026, 10, 23, 12) ; // ms
const ago = (days: number) => Math.floor(NOW / 1000) - days * DAY;

type Key = Pick<ProjectAPIKey, 'id' | 'owner' | 'created_at' | 'last_used_at'>;
const user = (id: string, name: string, email: string): ProjectAPIKey['owner'] => ({ type: 'user', user: { id, name, email, role: 'member', created_at: 0 } });
const account = (id: string, name: string): ProjectAPIKey['owner'] => ({ type: 'service_account', service_account: { id, name, role: 'member', created_at: 0 } });
const key = (id: string, owner: ProjectAPIKey['owner'], created: number, used: number | null): Key => ({ id, owner, created_at: ago(created), last_used_at: used === null ? null : ago(used) });

describe('isStale', () => {
  it('is stale when last used 90 days ago or more', () => {
    expect(isStale(key('a', user('u', 'A', 'a@x'), 200, 89), NOW)).toBe(false);
    expect(isStale(key('a', user('u', 'A', 'a@x'), 200, 90), NOW)).toBe(true);
    expect(isStale(key('a', user('u', 'A', 'a@x'), 200, 94), NOW)).toBe(true);
  });
  it('counts a never-used key from its creation', () => {
    expect(isStale(key('a', user('u', 'A', 'a@x'), 30, null), NOW)).toBe(false);
    expect(isStale(key('a', user('u', 'A', 'a@x'), 89, null), NOW)).toBe(false);
    expect(isStale(key('a', user('u', 'A', 'a@x'), 91, null), NOW)).toBe(true);
  });
});

describe('lastUsedLabel', () => {
  it('says never, today, yesterday, then days', () => {
    expect(lastUsedLabel(key('a', user('u', 'A', 'a@x'), 10, null), NOW)).toBe('never');
    expect(lastUsedLabel({ created_at: ago(10), last_used_at: ago(0) + 60 }, NOW)).toBe('today');
    expect(lastUsedLabel(key('a', user('u', 'A', 'a@x'), 10, 1), NOW)).toBe('yesterday');
    expect(lastUsedLabel(key('a', user('u', 'A', 'a@x'), 200, 94), NOW)).toBe('94 days ago');
  });
});

describe('owners', () => {
  it('names users (email underneath) and service accounts', () => {
    expect(keyOwner({ owner: user('user-1', 'Ada Lovelace', 'ada@x.io') })).toMatchObject({ ref: 'user:user-1', name: 'Ada Lovelace', detail: 'ada@x.io' });
    expect(keyOwner({ owner: user('user-2', '', 'bo@x.io') })).toMatchObject({ name: 'bo@x.io', detail: null });
    expect(keyOwner({ owner: account('svc_1', 'ci-pipeline') })).toMatchObject({ ref: 'service_account:svc_1', type: 'service_account', name: 'ci-pipeline' });
    expect(keyOwner({ owner: {} })).toMatchObject({ ref: 'unknown', name: 'Unknown owner' });
  });
  it('lists each owner once, people first, by name', () => {
    const keys = [key('1', account('s', 'zeta'), 1, 1), key('2', user('b', 'Bea', 'b@x'), 1, 1), key('3', user('a', 'Al', 'a@x'), 1, 1), key('4', user('b', 'Bea', 'b@x'), 1, 1)];
    expect(keyOwners(keys).map((o) => o.name)).toEqual(['Al', 'Bea', 'zeta']);
  });
});

describe('filterKeys', () => {
  const keys = [
    key('fresh', user('a', 'Al', 'a@x'), 10, 1),
    key('old-used', user('a', 'Al', 'a@x'), 300, 120),
    key('old-never', user('b', 'Bea', 'b@x'), 100, null),
    key('svc-stale', account('s', 'ci'), 400, 200),
  ];
  it('filters by staleness, oldest activity first', () => {
    expect(filterKeys(keys, { owner: '', stale: true }, NOW).map((k) => k.id)).toEqual(['svc-stale', 'old-used', 'old-never']);
  });
  it('filters by one owner, by kind of owner, newest first', () => {
    expect(filterKeys(keys, { owner: 'user:a', stale: false }, NOW).map((k) => k.id)).toEqual(['fresh', 'old-used']);
    expect(filterKeys(keys, { owner: 'service_accounts', stale: false }, NOW).map((k) => k.id)).toEqual(['svc-stale']);
    expect(filterKeys(keys, { owner: 'users', stale: true }, NOW).map((k) => k.id)).toEqual(['old-used', 'old-never']);
  });
  it('only lets people’s keys be revoked on their own', () => {
    expect(keys.map(isRevocable)).toEqual([true, true, true, false]);
  });
});

describe('selection in the URL', () => {
  it('round-trips, dropping blanks and duplicates', () => {
    expect(parseSelection('')).toEqual([]);
    expect(parseSelection('key_a, key_b,,')).toEqual(['key_a', 'key_b']);
    expect(formatSelection(['key_a', 'key_b', 'key_a'])).toBe('key_a,key_b');
  });
  it('the page’s select-all adds or clears only that page’s keys; keys selected on other pages stay', () => {
    expect(toggleMany(['other_page'], ['a', 'b'], true)).toEqual(['other_page', 'a', 'b']);
    expect(toggleMany(['other_page', 'a', 'b'], ['a', 'b'], false)).toEqual(['other_page']);
    expect(toggleMany(['a'], ['a', 'b'], true)).toEqual(['a', 'b']);
  });
});
