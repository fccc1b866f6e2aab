import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { freshPostgresUrl } from '@/lib/server/db/test-database';
import { KIND } from './model';
import type { ListPage } from '@/lib/admin/types';
import { ensureSandboxSeeded } from './seed';
import { SEED_PROJECTS, SEED_USERS } from './seed-data';
import { countObjects } from './store';
import { sandboxCall } from './test-server';

// The sandbox on real PostgreSQL, shared by two console instances (two connection pools).
let first: DbHandle;
let second: DbHandle;
beforeAll(async () => {
  const databaseUrl = await freshPostgresUrl('sandbox');
  first = await openDb({ databaseUrl });
  second = await openDb({ databaseUrl });
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('the sandbox on PostgreSQL', () => {
  it('is seeded exactly once when two instances start together', async () => {
    const [a, b] = await Promise.all([
      ensureSandboxSeeded(first.db),
      ensureSandboxSeeded(second.db),
    ]);
    expect(a).toEqual(b);
    expect(await countObjects(first.db, { kind: KIND.organization })).toBe(1);
    expect(await countObjects(first.db, { kind: KIND.project })).toBe(SEED_PROJECTS.length + 1);
    expect(await countObjects(first.db, { kind: KIND.user })).toBe(SEED_USERS.length);
  });

  it('pages, filters and writes through either instance', async () => {
    const created = await sandboxCall<{ id: string }>(first.db, {
      method: 'POST',
      path: '/organization/projects',
      body: { name: 'Shared' },
    });
    expect(created.status).toBe(200);
    const seen: string[] = [];
    let after = '';
    for (let i = 0; i < 10; i++) {
      const page = await sandboxCall<ListPage<{ id: string }>>(second.db, {
        path: `/organization/projects?limit=6${after}`,
      });
      seen.push(...page.json.data.map((p) => p.id));
      if (!page.json.has_more) break;
      after = `&after=${page.json.last_id}`;
    }
    expect(seen.at(-1)).toBe(created.json.id);
    expect(new Set(seen).size).toBe(seen.length);
    const owners = await sandboxCall<ListPage<unknown>>(second.db, {
      path: '/organization/users?emails[]=ava.thompson@northwind-robotics.com',
    });
    expect(owners.json.data).toHaveLength(1);
  });
});
