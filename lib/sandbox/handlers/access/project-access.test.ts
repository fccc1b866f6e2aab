import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProjectId, seedUserId } from '../../seed';
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

const SUPPORT = seedProjectId('Customer Support Assistant');
const ARCHIVED = seedProjectId('Hackathon 2024');
const CUSTOMER_SUCCESS = seedGroupId('Customer Success');
const user = (i: number) => seedUserId(SEED_USERS[i] ?? '');
describe('project groups and project role assignments', () => {
  it('lists the seeded project groups and their roles', async () => {
    const groups = await env.org.projects.groups.list(SUPPORT);
    const link = groups.data.find((g) => g.group_id === CUSTOMER_SUCCESS);
    expect(link).toEqual({
      object: 'project.group',
      project_id: SUPPORT,
      group_id: CUSTOMER_SUCCESS,
      group_name: 'Customer Success',
      group_type: 'group',
      created_at: expect.any(Number),
    });
    expect(
      await env.org.projects.groups.retrieve(CUSTOMER_SUCCESS, { project_id: SUPPORT }),
    ).toEqual(link);
    const roles = await env.org.projects.groups.roles.list(CUSTOMER_SUCCESS, {
      project_id: SUPPORT,
    });
    expect(roles.data.map((r) => r.name)).toEqual(['Member']);
    await refused(
      env.org.projects.groups.retrieve(CUSTOMER_SUCCESS, {
        project_id: SUPPORT,
        group_type: 'tenant_group',
      }),
      404,
    );
  });

  it('gives a group access with a role, adds and removes more roles, then revokes access', async () => {
    const group = await env.org.groups.create({ name: 'Support escalations' });
    const projectRoles = await collect(env.org.projects.roles.list(SUPPORT));
    const keyManager = projectRoles.find((r) => r.name === 'API Key Manager');
    const link = await env.org.projects.groups.create(SUPPORT, {
      group_id: group.id,
      role: PREDEFINED_ROLE_IDS.projectMember,
    });
    expect(link).toMatchObject({ object: 'project.group', group_name: 'Support escalations' });
    const [granted] = await auditDetails(env, 'role.assignment.created');
    expect(granted).toMatchObject({
      principal_id: group.id,
      resource_id: SUPPORT,
      project: { id: SUPPORT },
    });
    await refused(
      env.org.projects.groups.create(SUPPORT, {
        group_id: group.id,
        role: PREDEFINED_ROLE_IDS.projectMember,
      }),
      400,
      'group_id',
    );
    await refused(
      env.org.projects.groups.create(SUPPORT, {
        group_id: 'group_missing',
        role: PREDEFINED_ROLE_IDS.projectMember,
      }),
      404,
      'group_id',
    );
    await refused(
      env.org.projects.groups.create(SUPPORT, {
        group_id: group.id,
        role: PREDEFINED_ROLE_IDS.organizationOwner,
      }),
      400,
      'role',
    );
    await refused(
      env.org.projects.groups.create(ARCHIVED, {
        group_id: group.id,
        role: PREDEFINED_ROLE_IDS.projectMember,
      }),
      400,
      'project_id',
    );

    const roles = env.org.projects.groups.roles;
    const assigned = await roles.create(group.id, {
      project_id: SUPPORT,
      role_id: keyManager?.id ?? '',
    });
    expect(assigned).toMatchObject({
      object: 'group.role',
      group: { id: group.id },
      role: { name: 'API Key Manager' },
    });
    const held = await collect(roles.list(group.id, { project_id: SUPPORT, limit: 1 }));
    expect(held.map((r) => r.name)).toEqual(['Member', 'API Key Manager']);
    expect(
      await roles.retrieve(keyManager?.id ?? '', { project_id: SUPPORT, group_id: group.id }),
    ).toMatchObject({ name: 'API Key Manager' });
    expect(
      await roles.delete(keyManager?.id ?? '', { project_id: SUPPORT, group_id: group.id }),
    ).toEqual({
      object: 'group.role.deleted',
      deleted: true,
    });
    const other = await env.org.groups.create({ name: 'No access' });
    await refused(
      roles.create(other.id, { project_id: SUPPORT, role_id: keyManager?.id ?? '' }),
      404,
      'group_id',
    );

    // A rename shows in the project's list.
    await env.org.groups.update(group.id, { name: 'Support escalations (EU)' });
    const renamed = await env.org.projects.groups.retrieve(group.id, { project_id: SUPPORT });
    expect(renamed.group_name).toBe('Support escalations (EU)');
    expect(await env.org.projects.groups.delete(group.id, { project_id: SUPPORT })).toEqual({
      object: 'project.group.deleted',
      deleted: true,
    });
    await refused(
      env.org.projects.groups.retrieve(group.id, { project_id: SUPPORT }),
      404,
      'group_id',
    );
    await refused(roles.list(group.id, { project_id: SUPPORT }), 404);
  });

  it('assigns project roles to members only, and forgets them when the member leaves', async () => {
    const project = await env.org.projects.create({ name: 'Assignment project' });
    await env.org.projects.users.create(project.id, { user_id: user(8), role: 'member' });
    const role = await env.org.projects.roles.create(project.id, {
      role_name: 'Limits',
      permissions: ['api.organization.projects.rate_limits.read'],
    });
    const roles = env.org.projects.users.roles;
    const assigned = await roles.create(user(8), { project_id: project.id, role_id: role.id });
    expect(assigned).toMatchObject({
      object: 'user.role',
      user: { id: user(8) },
      role: { id: role.id },
    });
    expect((await auditDetails(env, 'role.assignment.created'))[0]).toMatchObject({
      project: { id: project.id },
    });
    expect((await roles.list(user(8), { project_id: project.id })).data.map((r) => r.id)).toEqual([
      role.id,
    ]);
    expect(
      await roles.retrieve(role.id, { project_id: project.id, user_id: user(8) }),
    ).toMatchObject({ id: role.id });
    await refused(
      roles.create(user(8), { project_id: project.id, role_id: role.id }),
      400,
      'role_id',
    );
    await refused(
      roles.create(user(9), { project_id: project.id, role_id: role.id }),
      404,
      'user_id',
    );
    const copilotRoles = await env.org.projects.roles.list(seedProjectId('Developer Copilot'));
    const foreign = copilotRoles.data.find((r) => !r.predefined_role);
    await refused(
      roles.create(user(8), { project_id: project.id, role_id: foreign?.id ?? '' }),
      400,
      'role_id',
    );

    expect(await roles.delete(role.id, { project_id: project.id, user_id: user(8) })).toEqual({
      object: 'user.role.deleted',
      deleted: true,
    });
    await roles.create(user(8), { project_id: project.id, role_id: role.id });
    await env.org.projects.users.delete(user(8), { project_id: project.id });
    await env.org.projects.users.create(project.id, { user_id: user(8), role: 'member' });
    expect((await roles.list(user(8), { project_id: project.id })).data).toEqual([]);

    await env.org.projects.archive(project.id);
    await refused(
      roles.create(user(8), { project_id: project.id, role_id: role.id }),
      400,
      'project_id',
    );
  });
});
