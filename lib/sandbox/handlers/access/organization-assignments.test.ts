import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUserId } from '../../seed';
import { SEED_USERS } from '../../seed-data';
import { PREDEFINED_ROLE_IDS } from './predefined';
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

const SECURITY = seedGroupId('Security & Compliance');
const user = (i: number) => seedUserId(SEED_USERS[i] ?? '');
const ASSIGNED_KEYS = [
  'assignment_sources',
  'created_at',
  'created_by',
  'created_by_user_obj',
  'description',
  'id',
  'metadata',
  'name',
  'permissions',
  'predefined_role',
  'resource_type',
  'updated_at',
];

async function customOrganizationRole(name: string) {
  return env.org.roles.create({ role_name: name, permissions: ['api.usage.read'] });
}

describe('organization role assignments', () => {
  it('assigns, lists, retrieves and unassigns a user role, logging both changes', async () => {
    const role = await customOrganizationRole('Usage Viewer');
    const assigned = await env.org.users.roles.create(user(6), { role_id: role.id });
    expect(assigned.object).toBe('user.role');
    expect(assigned.role).toEqual(role);
    expect(assigned.user).toMatchObject({
      object: 'organization.user',
      id: user(6),
      name: SEED_USERS[6],
    });
    expect((await auditDetails(env, 'role.assignment.created'))[0]).toMatchObject({
      id: role.id,
      principal_id: user(6),
      principal_type: 'user',
      resource_type: 'api.organization',
    });

    const listed = await collect(env.org.users.roles.list(user(6), { limit: 1 }));
    const mine = listed.find((r) => r.id === role.id);
    expect(Object.keys(mine ?? {}).sort()).toEqual(ASSIGNED_KEYS);
    expect(mine).toMatchObject({
      name: 'Usage Viewer',
      created_by: expect.any(String),
      assignment_sources: null,
    });
    expect(await env.org.users.roles.retrieve(role.id, { user_id: user(6) })).toEqual(mine);

    // The assignment follows the role's changes.
    await env.org.roles.update(role.id, { role_name: 'Usage Reader' });
    expect((await env.org.users.roles.retrieve(role.id, { user_id: user(6) })).name).toBe(
      'Usage Reader',
    );

    expect(await env.org.users.roles.delete(role.id, { user_id: user(6) })).toEqual({
      object: 'user.role.deleted',
      deleted: true,
    });
    expect((await auditDetails(env, 'role.assignment.deleted'))[0]).toMatchObject({
      principal_id: user(6),
    });
    await refused(env.org.users.roles.retrieve(role.id, { user_id: user(6) }), 404, 'role_id');
  });

  it('assigns roles to groups; the seeded groups already hold theirs', async () => {
    const held = await env.org.groups.roles.list(SECURITY);
    expect(held.data.map((r) => r.name)).toEqual(['Security Auditor']);
    const assigned = await env.org.groups.roles.create(SECURITY, {
      role_id: PREDEFINED_ROLE_IDS.organizationReader,
    });
    expect(assigned).toEqual({
      object: 'group.role',
      group: {
        object: 'group',
        id: SECURITY,
        name: 'Security & Compliance',
        created_at: expect.any(Number),
        scim_managed: false,
      },
      role: expect.objectContaining({ name: 'Reader', predefined_role: true }),
    });
    const reader = await env.org.groups.roles.retrieve(PREDEFINED_ROLE_IDS.organizationReader, {
      group_id: SECURITY,
    });
    expect(reader).toMatchObject({ predefined_role: true, created_at: null, created_by: null });
    expect(
      await env.org.groups.roles.delete(PREDEFINED_ROLE_IDS.organizationReader, {
        group_id: SECURITY,
      }),
    ).toEqual({ object: 'group.role.deleted', deleted: true });
  });

  it('refuses duplicates, unknown roles and project roles at the organization level', async () => {
    const role = await customOrganizationRole('Duplicate check');
    await env.org.users.roles.create(user(7), { role_id: role.id });
    await refused(env.org.users.roles.create(user(7), { role_id: role.id }), 400, 'role_id');
    await refused(env.org.users.roles.create(user(7), { role_id: 'role_missing' }), 404, 'role_id');
    await refused(env.org.users.roles.create('user-missing', { role_id: role.id }), 404, 'user_id');
    await refused(
      env.org.users.roles.create(user(7), { role_id: PREDEFINED_ROLE_IDS.projectMember }),
      400,
      'role_id',
    );
    await refused(
      env.org.groups.roles.create('group_missing', { role_id: role.id }),
      404,
      'group_id',
    );
    // Deleting the role takes it away from whoever held it.
    await env.org.roles.delete(role.id);
    await refused(env.org.users.roles.retrieve(role.id, { user_id: user(7) }), 404);
  });
});
