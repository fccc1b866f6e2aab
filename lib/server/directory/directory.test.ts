import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import OpenAI from 'openai';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { KIND, type UserObject } from '@/lib/sandbox/model';
import { insertMany } from '@/lib/sandbox/store-writes';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import {
  invalidateAfter,
  memberRows,
  partsChangedBy,
  projectAPIKeyList,
  projectList,
  projectPartsChangedBy,
  RECHECK_MS,
} from './directory';
import { mapLimit } from '@/lib/format/map-limit';
import { parseMembersQuery, queryMembers, type MemberRow } from './members-query';
import { clearAll } from './shared-cache';

const row = (
  id: string,
  name: string | null,
  email: string,
  role = 'reader',
  added_at = 0,
): MemberRow => ({
  id,
  name,
  email,
  role,
  added_at,
  is_scim_managed: false,
  projects: null,
  groups: null,
});

describe('queryMembers', () => {
  const rows = [
    row('u1', 'Zoe Park', 'zoe@x.com', 'owner', 3),
    row('u2', 'Adam Ng', 'adam@x.com', 'reader', 1),
    row('u3', null, 'bot@x.com', 'reader', 2),
  ];
  const q = (search: string) => queryMembers(rows, parseMembersQuery(new URLSearchParams(search)));

  it('sorts by name, people without one last', () => {
    expect(q('').data.map((r) => r.id)).toEqual(['u2', 'u1', 'u3']);
    expect(q('sort=added_at&order=desc').data.map((r) => r.id)).toEqual(['u1', 'u3', 'u2']);
  });

  it('searches names and emails, case-insensitively, and counts roles over the search', () => {
    const page = q('q=X.COM&role=reader');
    expect(page.total).toBe(2);
    expect(page.roles).toEqual({ owner: 1, reader: 2 });
    expect(q('q=park').data.map((r) => r.id)).toEqual(['u1']);
  });

  it('pages with offset and limit, and keeps to given ids', () => {
    expect(q('limit=1&offset=1').data.map((r) => r.id)).toEqual(['u1']);
    expect(q('ids=u3,u1').data.map((r) => r.id)).toEqual(['u1', 'u3']);
  });

  it('falls back to defaults for nonsense', () => {
    expect(
      parseMembersQuery(new URLSearchParams('limit=-4&offset=x&sort=evil&order=up')),
    ).toMatchObject({ limit: 50, offset: 0, sort: 'name', order: 'asc' });
    expect(parseMembersQuery(new URLSearchParams('limit=100000')).limit).toBe(200);
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});

describe('the directory against the sandbox', () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await openTestSandbox();
    clearAll();
  });
  afterAll(() => sandbox.close());

  it('lists every user with their projects and groups', async () => {
    const { rows, membershipsReady } = await memberRows(sandbox.client, true);
    expect(membershipsReady).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const ava = rows.find((r) => r.email === 'ava.thompson@northwind-robotics.com');
    expect(ava?.role).toBe('owner');
    expect(ava?.projects?.length).toBeGreaterThan(0);
    const inGroups = rows.filter((r) => (r.groups ?? []).length > 0);
    expect(inGroups.length).toBeGreaterThan(0);
  });

  it('reads users again after a change through the console, not before', async () => {
    const before = await memberRows(sandbox.client, false);
    const victim = before.rows.find((r) => r.role === 'reader');
    if (!victim) throw new Error('no reader in the seed');
    await sandbox.org.users.delete(victim.id);
    expect((await memberRows(sandbox.client, false)).rows.some((r) => r.id === victim.id)).toBe(
      true,
    ); // cached
    invalidateAfter('users.delete');
    expect((await memberRows(sandbox.client, false)).rows.some((r) => r.id === victim.id)).toBe(
      false,
    );
  });

  it('knows which parts each change touches', () => {
    expect(partsChangedBy('groups.users.create')).toEqual(['groups']);
    expect(partsChangedBy('projects.users.update')).toEqual(['projects']);
    expect(partsChangedBy('users.roles.create')).toEqual([]);
    expect(partsChangedBy('certificates.create')).toEqual(['certificates']);
    expect(partsChangedBy('projects.certificates.activate')).toEqual(['certificateProjects']);
    expect(partsChangedBy('projects.certificates.deactivate')).toEqual(['certificateProjects']);
    expect(partsChangedBy('projects.certificates.list')).toEqual([]);
    expect(partsChangedBy('projects.archive')).toEqual(['projects', 'certificateProjects', 'projectNames']);
    expect(partsChangedBy('projects.update')).toContain('projectNames');
    expect(partsChangedBy('projects.create')).toContain('projectNames');
    expect(partsChangedBy('groups.update')).toEqual(['groups', 'groupNames']);
    expect(partsChangedBy('roles.update')).toEqual(['roles']);
    expect(partsChangedBy('adminAPIKeys.delete')).toEqual(['adminKeys']);
    expect(projectPartsChangedBy('projects.apiKeys.delete')).toEqual(['apiKeys']);
    expect(projectPartsChangedBy('projects.serviceAccounts.update')).toEqual(['apiKeys', 'serviceAccounts']);
    expect(projectPartsChangedBy('projects.roles.create')).toEqual(['roles']);
    expect(projectPartsChangedBy('projects.spendLimit.update')).toEqual(['budget']);
    expect(projectPartsChangedBy('projects.update')).toEqual([]);
  });

  it('names a renamed project after the rename is made through the console', async () => {
    const project = await sandbox.org.projects.create({ name: 'Directory rename test' });
    invalidateAfter('projects.create');
    expect((await projectList(sandbox.client)).value.find((p) => p.id === project.id)?.name).toBe('Directory rename test');
    await sandbox.org.projects.update(project.id, { name: 'Directory rename test, renamed' });
    invalidateAfter('projects.update', { project_id: project.id });
    expect((await projectList(sandbox.client)).value.find((p) => p.id === project.id)?.name).toBe('Directory rename test, renamed');
  });

  it('reads a list again for a missing id once, then remembers the id as gone', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const project = (await projectList(sandbox.client)).value.find((p) => p.status === 'active');
      if (!project) throw new Error('no active project in the seed');
      const tally = { requests: 0 };
      const reads = () => tally.requests;
      const need = ['key_neverThere0001'];
      await projectAPIKeyList(sandbox.client, project.id, { need, tally });
      const first = reads();
      vi.setSystemTime(Date.now() + RECHECK_MS + 1000);
      await projectAPIKeyList(sandbox.client, project.id, { need, tally });
      expect(reads()).toBe(first * 2); // older than RECHECK_MS and lacking the id: read again, once
      vi.setSystemTime(Date.now() + RECHECK_MS + 1000);
      await projectAPIKeyList(sandbox.client, project.id, { need, tally });
      expect(reads()).toBe(first * 2); // the id is known gone: no further read
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a slow first read of the users with those read so far, marked incomplete, when asked', async () => {
    // 250 more users: the list is three pages of 100, each answered 150 ms late.
    const users = Array.from({ length: 250 }, (_, i): UserObject => ({
      object: 'organization.user', id: `user-partial${String(i).padStart(4, '0')}`, name: `Partial ${i}`,
      email: `partial${i}@example.com`, role: 'reader', added_at: 1_700_000_000, is_scim_managed: false,
    } as UserObject));
    await insertMany(sandbox.handle.db, users.map((data, i) => ({ kind: KIND.user, scope: '', id: data.id, seq: 100_000 + i, data })));
    const slow = new OpenAI({
      adminAPIKey: await getSandboxAdminKey(sandbox.handle.db), apiKey: null, organization: null, project: null,
      baseURL: sandbox.server.baseURL, maxRetries: 0,
      defaultHeaders: { 'x-sandbox-fault': 'latency=150;path=/organization/users' },
    });
    clearAll();
    const partial = await memberRows(slow, false, 50);
    expect(partial.usersComplete).toBe(false);
    expect(partial.membershipsReady).toBe(false);
    expect(partial.rows.length % 100).toBe(0);
    expect(partial.rows.length).toBeGreaterThanOrEqual(100);
    expect(partial.rows.every((r) => r.projects === null && r.groups === null)).toBe(true);

    const full = await memberRows(slow, true);
    expect(full.usersComplete).toBe(true);
    expect(full.rows.length).toBeGreaterThan(300);
    expect(full.rows.length).toBeGreaterThan(partial.rows.length);
    // Once the users are known, a partial answer is never given.
    expect((await memberRows(slow, false, 0)).usersComplete).toBe(true);
    // Without the option, a first read is waited for.
    clearAll();
    const waited = await memberRows(slow, false);
    expect(waited).toMatchObject({ usersComplete: true });
    expect(waited.rows).toHaveLength(full.rows.length);
  });
});
