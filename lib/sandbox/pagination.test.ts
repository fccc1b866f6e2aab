import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { KIND, type ProjectObject, type UserObject } from './model';
import type { ListPage } from '@/lib/admin/types';
import { paginate } from './pagination';
import { ensureSandboxSeeded } from './seed';
import { SEED_PROJECTS, SEED_USERS } from './seed-data';
import { sandboxCall } from './test-server';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
});
afterAll(() => handle.close());

const list = <T>(path: string) => sandboxCall<ListPage<T>>(handle.db, { path });

describe('cursor pagination', () => {
  it('answers 20 by default, with first_id, last_id and has_more', async () => {
    const { status, json } = await list<UserObject>('/organization/users');
    expect(status).toBe(200);
    expect(json.object).toBe('list');
    expect(json.data).toHaveLength(20);
    expect(json.has_more).toBe(true);
    expect(json.first_id).toBe(json.data[0]?.id);
    expect(json.last_id).toBe(json.data[19]?.id);
  });

  it('walks every project with `after`, without repeats or gaps', async () => {
    const all = await list<ProjectObject>('/organization/projects?include_archived=true&limit=100');
    expect(all.json.data).toHaveLength(SEED_PROJECTS.length + 1);
    expect(all.json.has_more).toBe(false);

    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: { json: ListPage<ProjectObject> } = await list<ProjectObject>(
        `/organization/projects?include_archived=true&limit=5${after ? `&after=${after}` : ''}`,
      );
      seen.push(...page.json.data.map((p) => p.id));
      if (!page.json.has_more) break;
      after = page.json.last_id;
    }
    expect(seen).toEqual(all.json.data.map((p) => p.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('ends with has_more false and answers an empty page with null ids', async () => {
    const all = await list<ProjectObject>('/organization/projects?limit=100');
    const last = all.json.last_id;
    const after = await list<ProjectObject>(`/organization/projects?after=${last}`);
    expect(after.json).toEqual({
      object: 'list',
      data: [],
      first_id: null,
      last_id: null,
      has_more: false,
    });
  });

  it.each(['0', '101', 'abc', '-1', '2.5'])(
    'refuses limit=%s with a 400 naming limit',
    async (limit) => {
      const { status, json } = await list(`/organization/projects?limit=${limit}`);
      expect(status).toBe(400);
      expect(json).toMatchObject({ error: { type: 'invalid_request_error', param: 'limit' } });
    },
  );

  it('accepts the limits at both ends', async () => {
    expect((await list('/organization/users?limit=1')).json.data).toHaveLength(1);
    expect((await list('/organization/users?limit=100')).json.data).toHaveLength(SEED_USERS.length);
  });

  it('refuses an `after` that names nothing in the list', async () => {
    const { status, json } = await list('/organization/users?after=user-doesnotexist');
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { param: 'after' } });
  });

  it('pages backwards with `before` and honours `order` where an operation offers them', async () => {
    const source = { kind: KIND.user };
    const rules = { before: true, order: 'asc' as const };
    const all = await paginate<UserObject>(handle.db, source, { limit: 100 }, rules);
    const ids = all.data.map((u) => u.id);
    const before = await paginate<UserObject>(
      handle.db,
      source,
      { limit: 3, before: ids[10] },
      rules,
    );
    expect(before.data.map((u) => u.id)).toEqual(ids.slice(7, 10));
    expect(before.has_more).toBe(true);
    const desc = await paginate<UserObject>(handle.db, source, { limit: 4, order: 'desc' }, rules);
    expect(desc.data.map((u) => u.id)).toEqual([...ids].reverse().slice(0, 4));
    const next = await paginate<UserObject>(
      handle.db,
      source,
      { limit: 4, order: 'desc', after: desc.last_id },
      rules,
    );
    expect(next.data.map((u) => u.id)).toEqual([...ids].reverse().slice(4, 8));
  });
});
