import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from '../model';
import { SANDBOX_DEFAULT_PROJECT_ID, ensureSandboxSeeded, seedProjectId, seedUserId } from '../seed';
import { SEED_PROJECTS, SEED_USERS } from '../seed-data';
import { seedParts } from '../seed-rows';
import { countObjects, listObjects } from '../store';
import { sandboxCall } from '../test-server';

const NOW = Date.UTC(2026, 2, 14, 15, 9, 26);
const BASE = Date.UTC(2026, 2, 14) / 1000;

let handle: DbHandle;
// How long seeding takes is a figure for `npm run bench`, not an assertion: it depends on the machine.
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db, { now: NOW, preset: 'large' });
}, 300_000);
afterAll(() => handle.close());

const all = async <T>(kind: string, scope = '') =>
  (await listObjects<T>(handle.db, { kind, scope, direction: 'asc', limit: 100_000 })).map((r) => r.data);

describe('the large preset', () => {
  it('has 10,000 users with unique emails and 1,000 projects, a share archived', async () => {
    const users = await all<UserObject>(KIND.user);
    const projects = await all<ProjectObject>(KIND.project);
    expect(users).toHaveLength(10_000);
    expect(projects).toHaveLength(1_000);
    expect(new Set(users.map((u) => u.email)).size).toBe(10_000);
    expect(new Set(users.map((u) => u.id)).size).toBe(10_000);
    expect(new Set(projects.map((p) => p.name)).size).toBe(1_000);
    const archived = projects.filter((p) => p.status === 'archived').length;
    expect(archived).toBeGreaterThan(100);
    expect(archived).toBeLessThan(200);
    expect(users.every((u) => /^user-[A-Za-z0-9]{24}$/.test(u.id) && u.added_at < BASE)).toBe(true);
    expect(projects.every((p) => /^proj_[A-Za-z0-9]{24}$/.test(p.id) && p.created_at < BASE)).toBe(true);
    const times = users.map((u) => u.added_at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps the default seed: its ids, names and memberships', async () => {
    const { users, memberships } = seedParts(BASE);
    const byId = new Map((await all<UserObject>(KIND.user)).map((u) => [u.id, u]));
    for (const user of users) expect(byId.get(user.id)).toEqual(user);
    expect(byId.get(seedUserId(SEED_USERS[0] ?? ''))?.role).toBe('owner');
    const warehouse = seedProjectId('Warehouse Vision');
    expect(await all(KIND.projectUser, warehouse)).toEqual(
      memberships.filter((m) => m.scope === warehouse).map((m) => m.data),
    );
    const projectIds = new Set((await all<ProjectObject>(KIND.project)).map((p) => p.id));
    for (const p of SEED_PROJECTS) expect(projectIds.has(seedProjectId(p.name))).toBe(true);
  });

  it('gives projects believable members: organization users, an owner, joined in time', async () => {
    expect(await countObjects(handle.db, { kind: KIND.projectUser, scope: SANDBOX_DEFAULT_PROJECT_ID })).toBe(10_000);
    const users = new Map((await all<UserObject>(KIND.user)).map((u) => [u.id, u]));
    const projects = (await all<ProjectObject>(KIND.project)).filter((p) => p.id !== SANDBOX_DEFAULT_PROJECT_ID);
    let total = 0;
    for (const project of projects.slice(0, 300)) {
      const members = await all<ProjectUserObject>(KIND.projectUser, project.id);
      total += members.length;
      if (project.status === 'active') expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(40);
      if (members.length > 0) expect(members.some((m) => m.role === 'owner')).toBe(true);
      for (const m of members) {
        const user = users.get(m.id);
        expect(m).toMatchObject({ name: user?.name, email: user?.email });
        expect(m.added_at).toBeGreaterThanOrEqual(Math.max(project.created_at, user?.added_at ?? 0));
        if (project.archived_at) expect(m.added_at).toBeLessThan(project.archived_at);
      }
    }
    expect(total / 300).toBeGreaterThan(8);
  });

  it('still answers a request quickly, filtering and paging in SQL', async () => {
    await sandboxCall(handle.db, { path: '/organization/users?limit=100' });
    const started = performance.now();
    const users = await sandboxCall<{ data: unknown[]; has_more: boolean }>(handle.db, {
      path: '/organization/users?limit=100&after=' + seedUserId('Ava Thompson'),
    });
    const members = await sandboxCall<{ data: unknown[] }>(handle.db, {
      path: `/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}/users?limit=100`,
    });
    expect((performance.now() - started) / 2).toBeLessThan(50);
    expect(users.json.data).toHaveLength(100);
    expect(members.json.data).toHaveLength(100);
  });
});
