import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { paginate } from './pagination';
import { countObjects, field, findById, getObject, listObjects, type StoredObject } from './store';
import { deleteObject, deleteWhere, insertMany, insertObject, updateObject } from './store-writes';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
});
afterAll(() => handle.close());

interface Thing {
  id: string;
  colour: string;
}

describe('sandbox object store', () => {
  it('inserts at the end of its list, refuses a duplicate id, updates and deletes', async () => {
    const db = handle.db;
    expect(
      await insertObject(db, {
        kind: 'thing',
        scope: 's1',
        id: 'b',
        data: { id: 'b', colour: 'red' },
      }),
    ).toBe(true);
    expect(
      await insertObject(db, {
        kind: 'thing',
        scope: 's1',
        id: 'a',
        data: { id: 'a', colour: 'blue' },
      }),
    ).toBe(true);
    expect(
      await insertObject(db, {
        kind: 'thing',
        scope: 's1',
        id: 'a',
        data: { id: 'a', colour: 'green' },
      }),
    ).toBe(false);
    const rows = await listObjects<Thing>(db, {
      kind: 'thing',
      scope: 's1',
      direction: 'asc',
      limit: 10,
    });
    expect(rows.map((r) => [r.id, r.seq])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);

    expect(await updateObject(db, 'thing', 's1', 'a', { id: 'a', colour: 'green' })).toBe(true);
    expect((await getObject<Thing>(db, 'thing', 's1', 'a'))?.data.colour).toBe('green');
    expect(await updateObject(db, 'thing', 's1', 'zz', { id: 'zz', colour: 'x' })).toBe(false);

    await insertObject(db, {
      kind: 'thing',
      scope: 's2',
      id: 'a',
      data: { id: 'a', colour: 'green' },
    });
    expect((await findById(db, 'thing', 'a')).map((r) => r.scope)).toEqual(['s1', 's2']);
    expect(
      await countObjects(db, { kind: 'thing', scope: 's1', where: eq(field('colour'), 'green') }),
    ).toBe(1);
    expect(await deleteWhere(db, 'thing', { id: 'a' })).toBe(2);
    expect(await deleteObject(db, 'thing', 's1', 'b')).toBe(true);
    expect(await deleteObject(db, 'thing', 's1', 'b')).toBe(false);
    expect(await countObjects(db, { kind: 'thing' })).toBe(0);
  });

  it('refuses a field name that is not a plain identifier', () => {
    expect(() => field("x' or '1'='1")).toThrow();
  });

  it('pages deep and filtered over 10,000 objects in SQL', async () => {
    const rows: StoredObject<object>[] = Array.from({ length: 10_000 }, (_, i) => ({
      kind: 'bulk',
      scope: '',
      id: `obj-${String(i).padStart(5, '0')}`,
      seq: i + 1,
      data: { id: `obj-${String(i).padStart(5, '0')}`, colour: i % 10 === 0 ? 'red' : 'grey' },
    }));
    await insertMany(handle.db, rows);
    const deep = await paginate<Thing>(
      handle.db,
      { kind: 'bulk' },
      { limit: '100', after: 'obj-09850' },
    );
    const red = await paginate<Thing>(
      handle.db,
      { kind: 'bulk', where: eq(field('colour'), 'red') },
      { limit: '100', after: 'obj-09000' },
    );
    expect(deep.data.map((t) => t.id)).toEqual(rows.slice(9851, 9951).map((r) => r.id));
    expect(red.data).toHaveLength(99);
    expect(red.has_more).toBe(false);
  });
});
