import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getObject } from '../../store';
import { seedUserId } from '../../seed';
import { SEED_USERS } from '../../seed-data';
import { sandboxCall } from '../../test-server';
import { ACCESS_KIND } from './kinds';
import { seedGroupId } from './seed-sink';
import {
  auditDetails,
  collect,
  openAccessTestEnv,
  refused,
  type AccessTestEnv,
} from './test-support';

let env: AccessTestEnv;
beforeAll(async () => {
  env = await openAccessTestEnv();
});
afterAll(() => env.close());

const OKTA_GROUP = seedGroupId('okta-contractors');
const PLATFORM = seedGroupId('Platform Engineering');
const user = (i: number) => seedUserId(SEED_USERS[i] ?? '');

describe('groups', () => {
  it('lists the seeded groups with a next cursor, across pages and in both orders', async () => {
    const first = await env.org.groups.list({ limit: 3 });
    expect(first.data).toHaveLength(3);
    expect(first.has_more).toBe(true);
    expect(first.next).toBe(first.data[2]?.id);
    const all = await collect(env.org.groups.list({ limit: 3 }));
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((g) => g.id)).size).toBe(all.length);
    expect(all.filter((g) => g.is_scim_managed).map((g) => g.name)).toEqual(
      expect.arrayContaining(['okta-contractors', 'okta-robotics-field-ops']),
    );
    for (const group of all) {
      expect(Object.keys(group).sort()).toEqual(
        ['created_at', 'group_type', 'id', 'is_scim_managed', 'name'].sort(),
      );
      expect(group.id).toMatch(/^group_[A-Za-z0-9]{24}$/);
    }
    const desc = await collect(env.org.groups.list({ limit: 5, order: 'desc' }));
    expect(desc.map((g) => g.id)).toEqual(all.map((g) => g.id).reverse());
    const last = await env.org.groups.list({ limit: 1000 });
    expect(last.has_more).toBe(false);
    expect(last.next).toBeNull();
    const raw = await sandboxCall(env.handle.db, { path: '/organization/groups?limit=2' });
    expect(raw.json).toEqual({
      object: 'list',
      data: expect.any(Array),
      has_more: true,
      next: all[1]?.id,
    });
  });

  it('creates, retrieves, renames and deletes a group, logging each change', async () => {
    const created = await env.org.groups.create({ name: '  Robotics Research  ' });
    expect(created).toEqual({
      id: expect.stringMatching(/^group_/),
      name: 'Robotics Research',
      created_at: expect.any(Number),
      is_scim_managed: false,
      group_type: 'group',
    });
    expect(await env.org.groups.retrieve(created.id)).toEqual(created);
    expect((await auditDetails(env, 'group.created'))[0]).toMatchObject({
      id: created.id,
      data: { group_name: 'Robotics Research' },
    });

    const renamed = await env.org.groups.update(created.id, { name: 'Robotics R&D' });
    expect(renamed).toEqual({
      id: created.id,
      name: 'Robotics R&D',
      created_at: created.created_at,
      is_scim_managed: false,
    });
    expect((await auditDetails(env, 'group.updated'))[0]).toMatchObject({
      id: created.id,
      changes_requested: { group_name: 'Robotics R&D' },
    });

    expect(await env.org.groups.delete(created.id)).toEqual({
      object: 'group.deleted',
      id: created.id,
      deleted: true,
    });
    expect((await auditDetails(env, 'group.deleted'))[0]).toMatchObject({ id: created.id });
    await refused(env.org.groups.retrieve(created.id), 404, 'group_id');
    await refused(env.org.groups.delete(created.id), 404);
  });

  it('refuses renaming or deleting a SCIM-managed group, and a blank name', async () => {
    await refused(env.org.groups.update(OKTA_GROUP, { name: 'Contractors' }), 400, 'group_id');
    await refused(env.org.groups.delete(OKTA_GROUP), 400, 'group_id');
    await refused(env.org.groups.create({ name: '   ' }), 400, 'name');
    expect((await env.org.groups.retrieve(OKTA_GROUP)).name).toBe('okta-contractors');
  });
});

describe('group users', () => {
  it('adds, lists (newest first), retrieves and removes a member', async () => {
    const group = await env.org.groups.create({ name: 'Membership test' });
    for (const i of [10, 11, 12]) {
      expect(await env.org.groups.users.create(group.id, { user_id: user(i) })).toEqual({
        object: 'group.user',
        user_id: user(i),
        group_id: group.id,
      });
    }
    const members = await collect(env.org.groups.users.list(group.id, { limit: 2 }));
    expect(members.map((m) => m.id)).toEqual([user(12), user(11), user(10)]);
    expect(members[0]).toEqual({ id: user(12), name: SEED_USERS[12], email: expect.any(String) });
    const asc = await env.org.groups.users.list(group.id, { order: 'asc' });
    expect(asc.data.map((m) => m.id)).toEqual([user(10), user(11), user(12)]);

    expect(await env.org.groups.users.retrieve(user(11), { group_id: group.id })).toEqual({
      id: user(11),
      name: SEED_USERS[11],
      email: expect.stringContaining('@'),
      picture: null,
      is_service_account: false,
      user_type: 'user',
    });
    expect((await auditDetails(env, 'tenant.group.member.added'))[0]).toMatchObject({
      id: group.id,
      user_id: user(12),
    });

    expect(await env.org.groups.users.delete(user(11), { group_id: group.id })).toEqual({
      object: 'group.user.deleted',
      deleted: true,
    });
    expect((await auditDetails(env, 'tenant.group.member.removed'))[0]).toMatchObject({
      id: group.id,
      user_id: user(11),
    });
    await refused(env.org.groups.users.retrieve(user(11), { group_id: group.id }), 404, 'user_id');
    await refused(env.org.groups.users.delete(user(11), { group_id: group.id }), 404);
  });

  it('refuses duplicates, outsiders, unknown groups and SCIM-managed membership changes', async () => {
    const group = await env.org.groups.create({ name: 'Refusals' });
    await env.org.groups.users.create(group.id, { user_id: user(5) });
    await refused(env.org.groups.users.create(group.id, { user_id: user(5) }), 400, 'user_id');
    await refused(
      env.org.groups.users.create(group.id, { user_id: 'user-nobody' }),
      400,
      'user_id',
    );
    await refused(env.org.groups.users.create('group_missing', { user_id: user(5) }), 404);
    await refused(env.org.groups.users.list('group_missing'), 404);
    await refused(env.org.groups.users.create(OKTA_GROUP, { user_id: user(5) }), 400, 'group_id');
    const [member] = (await env.org.groups.users.list(OKTA_GROUP)).data;
    expect(member).toBeDefined();
    await refused(env.org.groups.users.delete(member?.id ?? '', { group_id: OKTA_GROUP }), 400);
  });
});

describe('cascades', () => {
  it('deleting a group removes its members, role assignments and project access', async () => {
    const group = await env.org.groups.create({ name: 'Short-lived team' });
    await env.org.groups.users.create(group.id, { user_id: user(20) });
    const [reader] = (await env.org.roles.list()).data.filter((r) => r.name === 'Reader');
    await env.org.groups.roles.create(group.id, { role_id: reader?.id ?? '' });
    const project = await env.org.projects.create({ name: 'Group cascade project' });
    const [member] = (await env.org.projects.roles.list(project.id)).data;
    await env.org.projects.groups.create(project.id, {
      group_id: group.id,
      role: member?.id ?? '',
    });

    await env.org.groups.delete(group.id);
    const db = env.handle.db;
    expect(await getObject(db, ACCESS_KIND.groupUser, group.id, user(20))).toBeNull();
    expect(await getObject(db, ACCESS_KIND.groupRole, group.id, reader?.id ?? '')).toBeNull();
    expect((await env.org.projects.groups.list(project.id)).data).toEqual([]);
    expect(
      await getObject(
        db,
        ACCESS_KIND.projectGroupRole,
        `${project.id}/${group.id}`,
        member?.id ?? '',
      ),
    ).toBeNull();
  });

  it('removing a user from the organization removes their memberships and role assignments', async () => {
    const leaver = user(30);
    await env.org.groups.users.create(PLATFORM, { user_id: leaver }).catch(() => undefined);
    const [role] = (await env.org.roles.list()).data.filter((r) => !r.predefined_role);
    await env.org.users.roles.create(leaver, { role_id: role?.id ?? '' });
    await env.org.users.delete(leaver);
    const db = env.handle.db;
    expect(await getObject(db, ACCESS_KIND.groupUser, PLATFORM, leaver)).toBeNull();
    expect(await getObject(db, ACCESS_KIND.userRole, leaver, role?.id ?? '')).toBeNull();
    await refused(env.org.groups.users.create(PLATFORM, { user_id: leaver }), 400, 'user_id');
  });
});
