import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProjectId } from '../../seed';
import { sandboxCall } from '../../test-server';
import { PERMISSION_CATALOGUE, permissionsFor } from './permissions';
import { PREDEFINED_ROLE_IDS } from './predefined';
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

const COPILOT = seedProjectId('Developer Copilot');
const ARCHIVED = seedProjectId('Hackathon 2024');
const ROLE_KEYS = [
  'description',
  'id',
  'name',
  'object',
  'permissions',
  'predefined_role',
  'resource_type',
];

describe('the permission catalogue', () => {
  it('has the spec example permissions at the right level, each once', () => {
    expect(permissionsFor('organization')).toEqual(
      expect.arrayContaining(['api.groups.read', 'api.groups.write']),
    );
    expect(permissionsFor('project')).toEqual(
      expect.arrayContaining([
        'api.organization.projects.api_keys.read',
        'api.organization.projects.api_keys.write',
      ]),
    );
    const names = PERMISSION_CATALOGUE.map((p) => p.permission);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('organization roles', () => {
  it('lists the predefined roles first, then the custom ones, across pages and in both orders', async () => {
    const roles = await collect(env.org.roles.list({ limit: 2 }));
    expect(roles.slice(0, 2).map((r) => [r.name, r.predefined_role])).toEqual([
      ['Owner', true],
      ['Reader', true],
    ]);
    expect(roles[0]?.id).toBe(PREDEFINED_ROLE_IDS.organizationOwner);
    expect(roles.slice(2).every((r) => !r.predefined_role)).toBe(true);
    expect(roles.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Access Administrator', 'Billing Manager']),
    );
    for (const role of roles) {
      expect(Object.keys(role).sort()).toEqual(ROLE_KEYS);
      expect(role).toMatchObject({ object: 'role', resource_type: 'api.organization' });
    }
    const desc = await collect(env.org.roles.list({ limit: 3, order: 'desc' }));
    expect(desc.map((r) => r.id)).toEqual(roles.map((r) => r.id).reverse());
    const raw = await sandboxCall(env.handle.db, { path: '/organization/roles' });
    expect(raw.json).toMatchObject({ object: 'list', has_more: false, next: null });
    expect((raw.json.data as unknown[]).length).toBe(roles.length);
  });

  it('creates, retrieves, updates and deletes a custom role, logging each change', async () => {
    const created = await env.org.roles.create({
      role_name: 'Group Manager',
      permissions: ['api.groups.read', 'api.groups.write', 'api.groups.read'],
      description: 'Manages groups',
    });
    expect(created).toEqual({
      object: 'role',
      id: expect.stringMatching(/^role_[A-Za-z0-9]{24}$/),
      name: 'Group Manager',
      description: 'Manages groups',
      permissions: ['api.groups.read', 'api.groups.write'],
      resource_type: 'api.organization',
      predefined_role: false,
    });
    expect(await env.org.roles.retrieve(created.id)).toEqual(created);
    expect((await auditDetails(env, 'role.created'))[0]).toMatchObject({
      id: created.id,
      role_name: 'Group Manager',
      resource_type: 'api.organization',
    });

    const updated = await env.org.roles.update(created.id, {
      role_name: 'Group Admin',
      permissions: ['api.groups.read', 'api.users.read'],
    });
    expect(updated).toMatchObject({ name: 'Group Admin', description: 'Manages groups' });
    expect((await auditDetails(env, 'role.updated'))[0]).toMatchObject({
      id: created.id,
      changes_requested: {
        role_name: 'Group Admin',
        permissions_added: ['api.users.read'],
        permissions_removed: ['api.groups.write'],
      },
    });

    expect(await env.org.roles.delete(created.id)).toEqual({
      object: 'role.deleted',
      id: created.id,
      deleted: true,
    });
    expect((await auditDetails(env, 'role.deleted'))[0]).toMatchObject({ id: created.id });
    await refused(env.org.roles.retrieve(created.id), 404, 'role_id');
  });

  it('refuses changing predefined roles, taken names, unknown or project-level permissions', async () => {
    const owner = PREDEFINED_ROLE_IDS.organizationOwner;
    await refused(env.org.roles.update(owner, { description: 'mine now' }), 400, 'role_id');
    await refused(env.org.roles.delete(owner), 400, 'role_id');
    await refused(env.org.roles.create({ role_name: 'reader', permissions: [] }), 400, 'role_name');
    await refused(
      env.org.roles.create({ role_name: 'billing manager', permissions: [] }),
      400,
      'role_name',
    );
    await refused(
      env.org.roles.create({ role_name: 'X', permissions: ['api.groups.read', 'api.nope'] }),
      400,
      'permissions[1]',
    );
    await refused(
      env.org.roles.create({
        role_name: 'Y',
        permissions: ['api.organization.projects.api_keys.read'],
      }),
      400,
      'permissions[0]',
    );
    await refused(env.org.roles.retrieve(PREDEFINED_ROLE_IDS.projectMember), 404);
  });
});

describe('project roles', () => {
  it('lists the predefined project roles and the project’s own custom ones', async () => {
    const roles = await collect(env.org.projects.roles.list(COPILOT, { limit: 1 }));
    expect(roles.slice(0, 2).map((r) => r.name)).toEqual(['Owner', 'Member']);
    expect(roles.map((r) => r.name)).toEqual(
      expect.arrayContaining(['API Key Manager', 'Rate Limit Admin']),
    );
    expect(roles.every((r) => r.resource_type === 'api.project')).toBe(true);
    const other = await env.org.projects.roles.list(seedProjectId('Docs Translation'));
    expect(other.data.map((r) => r.name)).toEqual(['Owner', 'Member']);
    const newestFirst = await collect(
      env.org.projects.roles.list(seedProjectId('Docs Translation'), { order: 'desc', limit: 1 }),
    );
    expect(newestFirst.map((r) => r.name)).toEqual(['Member', 'Owner']);
    await refused(env.org.projects.roles.list('proj_missing'), 404, 'project_id');
  });

  it('creates, retrieves, updates and deletes a project role, logging the project', async () => {
    const roles = env.org.projects.roles;
    const created = await roles.create(COPILOT, {
      role_name: 'Key Reader',
      permissions: ['api.organization.projects.api_keys.read'],
    });
    expect(created).toMatchObject({
      object: 'role',
      resource_type: 'api.project',
      description: null,
    });
    expect(await roles.retrieve(created.id, { project_id: COPILOT })).toEqual(created);
    await refused(
      roles.retrieve(created.id, { project_id: seedProjectId('Docs Translation') }),
      404,
    );
    const [event] = await auditDetails(env, 'role.created');
    expect(event).toMatchObject({ id: created.id, resource_id: COPILOT, project: { id: COPILOT } });

    const updated = await roles.update(created.id, {
      project_id: COPILOT,
      description: 'Reads keys',
    });
    expect(updated).toMatchObject({ description: 'Reads keys', permissions: created.permissions });
    expect(await roles.delete(created.id, { project_id: COPILOT })).toEqual({
      object: 'role.deleted',
      id: created.id,
      deleted: true,
    });
    await refused(
      roles.update(PREDEFINED_ROLE_IDS.projectOwner, { project_id: COPILOT, role_name: 'Boss' }),
      400,
    );
    await refused(
      roles.create(COPILOT, { role_name: 'Z', permissions: ['api.groups.read'] }),
      400,
      'permissions[0]',
    );
  });

  it('keeps an archived project’s roles readable but unchangeable', async () => {
    expect((await env.org.projects.roles.list(ARCHIVED)).data.length).toBe(2);
    await refused(
      env.org.projects.roles.create(ARCHIVED, { role_name: 'Late', permissions: [] }),
      400,
      'project_id',
    );
  });
});
