import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from './model';
import {
  ensureSandboxSeeded,
  getSandboxOrganization,
  SANDBOX_DEFAULT_PROJECT_ID,
  SANDBOX_ORGANIZATION_ID,
  seedProjectId,
} from './seed';
import { countObjects, listObjects } from './store';

const DAY = 86_400;
// 2026-03-14T15:09:26Z: the seed counts back from the start of that day.
const NOW = Date.UTC(2026, 2, 14, 15, 9, 26);
const BASE = Date.UTC(2026, 2, 14) / 1000;

let a: DbHandle;
let b: DbHandle;
beforeAll(async () => {
  [a, b] = await Promise.all([openDb({ memory: true }), openDb({ memory: true })]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

const all = <T>(handle: DbHandle, kind: string, scope = '') =>
  listObjects<T>(handle.db, { kind, scope, direction: 'asc', limit: 10_000 }).then((rows) =>
    rows.map((r) => r.data),
  );

describe('the seeded organization', () => {
  it('is seeded once even when asked concurrently', async () => {
    const results = await Promise.all([1, 2, 3].map(() => ensureSandboxSeeded(a.db, { now: NOW })));
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([SANDBOX_ORGANIZATION_ID]));
    expect(await countObjects(a.db, { kind: KIND.organization })).toBe(1);
    expect(await getSandboxOrganization(a.db)).toEqual({
      id: SANDBOX_ORGANIZATION_ID,
      name: 'Northwind Robotics',
    });
    expect(results[0]).toMatchObject({
      baseTime: BASE,
      defaultProjectId: SANDBOX_DEFAULT_PROJECT_ID,
    });
  });

  it('is the same organization on every install (deterministic)', async () => {
    await ensureSandboxSeeded(b.db, { now: NOW });
    for (const kind of [KIND.project, KIND.user])
      expect(await all(b, kind)).toEqual(await all(a, kind));
    expect(await all(b, KIND.projectUser, seedProjectId('Warehouse Vision'))).toEqual(
      await all(a, KIND.projectUser, seedProjectId('Warehouse Vision')),
    );
  });

  it('has a default project and a dozen more, three archived, spread over two years', async () => {
    const projects = await all<ProjectObject>(a, KIND.project);
    expect(projects[0]).toMatchObject({
      id: SANDBOX_DEFAULT_PROJECT_ID,
      name: 'Default project',
      status: 'active',
    });
    expect(projects.length).toBeGreaterThanOrEqual(13);
    expect(projects.filter((p) => p.status === 'archived')).toHaveLength(3);
    for (const p of projects) {
      expect(p.id).toMatch(/^proj_[A-Za-z0-9]{24}$/);
      expect(p.created_at).toBeGreaterThan(BASE - 731 * DAY);
      expect(p.created_at).toBeLessThan(BASE);
      if (p.status === 'archived') expect(p.archived_at).toBeGreaterThan(p.created_at);
      else expect(p.archived_at).toBeNull();
    }
    const created = projects.map((p) => p.created_at);
    expect(created).toEqual([...created].sort((x, y) => x - y));
  });

  it('has 60+ users at one domain, two or three of them owners', async () => {
    const users = await all<UserObject>(a, KIND.user);
    expect(users.length).toBeGreaterThanOrEqual(60);
    const owners = users.filter((u) => u.role === 'owner');
    expect(owners.length).toBeGreaterThanOrEqual(2);
    expect(owners.length).toBeLessThanOrEqual(3);
    expect(users.every((u) => /^user-[A-Za-z0-9]{24}$/.test(u.id))).toBe(true);
    expect(users.every((u) => /^[a-z.]+@northwind-robotics\.com$/.test(u.email))).toBe(true);
    expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
  });

  it('gives every active project members, each an organization user, joined after both existed', async () => {
    const users = new Map((await all<UserObject>(a, KIND.user)).map((u) => [u.id, u]));
    for (const project of await all<ProjectObject>(a, KIND.project)) {
      const members = await all<ProjectUserObject>(a, KIND.projectUser, project.id);
      if (project.status === 'active') expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.some((m) => m.role === 'owner') || members.length === 0).toBe(true);
      for (const m of members) {
        const user = users.get(m.id);
        expect(user).toBeDefined();
        expect(m).toMatchObject({
          object: 'organization.project.user',
          name: user?.name,
          email: user?.email,
        });
        expect(m.added_at).toBeGreaterThanOrEqual(
          Math.max(project.created_at, user?.added_at ?? 0),
        );
      }
    }
    expect(await all(a, KIND.projectUser, SANDBOX_DEFAULT_PROJECT_ID)).toHaveLength(users.size);
  });
});
