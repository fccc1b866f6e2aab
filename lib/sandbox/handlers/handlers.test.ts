import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { ProjectObject, ProjectUserObject, UserObject } from '../model';
import type { ListPage } from '@/lib/admin/types';
import {
  SANDBOX_DEFAULT_PROJECT_ID,
  ensureSandboxSeeded,
  seedProjectId,
  seedUserId,
} from '../seed';
import { sandboxCall, type SandboxCall } from '../test-server';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
});
afterAll(() => handle.close());

async function call<T = Record<string, unknown>>(c: SandboxCall, expected = 200) {
  const reply = await sandboxCall<T>(handle.db, c);
  expect(reply.status, JSON.stringify(reply.json)).toBe(expected);
  return reply.json;
}
const errorOf = (json: unknown) =>
  (json as { error: { message: string; param: string | null } }).error;
const post = (path: string, body?: unknown, expected = 200) =>
  call({ method: 'POST', path, body }, expected);
const del = (path: string, expected = 200) => call({ method: 'DELETE', path }, expected);

async function newProject(name: string): Promise<ProjectObject> {
  return (await post('/organization/projects', { name })) as unknown as ProjectObject;
}

describe('projects', () => {
  it('creates, retrieves and renames a project', async () => {
    const created = await newProject('  Support Bot  ');
    expect(created).toMatchObject({
      object: 'organization.project',
      name: 'Support Bot',
      status: 'active',
      archived_at: null,
      external_key_id: null,
    });
    expect(created.id).toMatch(/^proj_[A-Za-z0-9]{24}$/);
    expect(Math.abs(created.created_at - Date.now() / 1000)).toBeLessThan(60);
    expect(await call({ path: `/organization/projects/${created.id}` })).toEqual(created);
    const renamed = await post(`/organization/projects/${created.id}`, {
      name: 'Support Bot v2',
      external_key_id: 'ek_1',
    });
    expect(renamed).toMatchObject({
      id: created.id,
      name: 'Support Bot v2',
      external_key_id: 'ek_1',
    });
  });

  it('refuses a blank name', async () => {
    expect(errorOf(await post('/organization/projects', { name: '   ' }, 400)).param).toBe('name');
  });

  it('archives a project: it leaves the default list, stays with include_archived, and becomes read-only', async () => {
    const project = await newProject('Short-lived');
    const archived = (await post(
      `/organization/projects/${project.id}/archive`,
    )) as unknown as ProjectObject;
    expect(archived).toMatchObject({ status: 'archived' });
    expect(archived.archived_at).toBeGreaterThanOrEqual(project.created_at);

    const active = await call<ListPage<ProjectObject>>({
      path: '/organization/projects?limit=100',
    });
    expect(active.data.map((p) => p.id)).not.toContain(project.id);
    expect(active.data.every((p) => p.status === 'active')).toBe(true);
    const all = await call<ListPage<ProjectObject>>({
      path: '/organization/projects?limit=100&include_archived=true',
    });
    expect(all.data.map((p) => p.id)).toContain(project.id);

    const refused = await post(`/organization/projects/${project.id}`, { name: 'Revived' }, 400);
    expect(errorOf(refused).message).toMatch(/archived/);
    // Archiving again changes nothing.
    expect(await post(`/organization/projects/${project.id}/archive`)).toEqual(archived);
  });

  it('refuses to archive or modify the default project', async () => {
    expect(
      errorOf(
        await post(`/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}/archive`, undefined, 400),
      ).message,
    ).toBe('The default project cannot be archived.');
    await post(`/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}`, { name: 'Renamed' }, 400);
    expect(
      await call({ path: `/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}` }),
    ).toMatchObject({ status: 'active', name: 'Default project' });
  });
});

describe('organization users', () => {
  it('filters by email, case-insensitively', async () => {
    const page = await call<ListPage<UserObject>>({
      path: '/organization/users?emails[]=Marcus.Chen@northwind-robotics.com',
    });
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toMatchObject({
      object: 'organization.user',
      id: seedUserId('Marcus Chen'),
      name: 'Marcus Chen',
      role: 'reader',
    });
  });

  it('changes a role', async () => {
    const id = seedUserId('Sofia Martínez');
    expect(await post(`/organization/users/${id}`, { role: 'owner' })).toMatchObject({
      id,
      role: 'owner',
    });
    expect(await call({ path: `/organization/users/${id}` })).toMatchObject({ role: 'owner' });
    await post(`/organization/users/${id}`, { role: 'reader' });
  });

  it('removes a deleted user from every project too', async () => {
    const id = seedUserId('Hannah Schmidt');
    const project = await newProject('Hannah project');
    await post(`/organization/projects/${project.id}/users`, { user_id: id, role: 'owner' });
    expect(await del(`/organization/users/${id}`)).toEqual({
      object: 'organization.user.deleted',
      id,
      deleted: true,
    });
    await call({ path: `/organization/users/${id}` }, 404);
    await call({ path: `/organization/projects/${project.id}/users/${id}` }, 404);
    await call({ path: `/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}/users/${id}` }, 404);
  });

  it('never removes or demotes the last owner', async () => {
    const owners = (
      await call<ListPage<UserObject>>({ path: '/organization/users?limit=100' })
    ).data.filter((u) => u.role === 'owner');
    expect(owners.length).toBeGreaterThanOrEqual(2);
    const [last, ...others] = owners;
    for (const owner of others) await del(`/organization/users/${owner.id}`);
    if (!last) throw new Error('no owner');
    expect(errorOf(await del(`/organization/users/${last.id}`, 400)).message).toMatch(/only owner/);
    await post(`/organization/users/${last.id}`, { role: 'reader' }, 400);
    expect(await call({ path: `/organization/users/${last.id}` })).toMatchObject({ role: 'owner' });
  });
});

describe('project users', () => {
  const base = (projectId: string) => `/organization/projects/${projectId}/users`;

  it('adds by id or email, retrieves, changes the role, and removes', async () => {
    const project = await newProject('Membership');
    const byId = await post(base(project.id), { user_id: seedUserId('Noah Kim'), role: 'member' });
    expect(byId).toMatchObject({
      object: 'organization.project.user',
      id: seedUserId('Noah Kim'),
      name: 'Noah Kim',
      email: 'noah.kim@northwind-robotics.com',
      role: 'member',
    });
    const byEmail = await post(base(project.id), {
      email: 'MEI.LIN@northwind-robotics.com',
      role: 'owner',
    });
    expect(byEmail).toMatchObject({ id: seedUserId('Mei Lin'), role: 'owner' });
    const list = await call<ListPage<ProjectUserObject>>({ path: base(project.id) });
    expect(list.data.map((u) => u.id)).toEqual([seedUserId('Noah Kim'), seedUserId('Mei Lin')]);
    expect(
      await post(`${base(project.id)}/${seedUserId('Noah Kim')}`, { role: 'owner' }),
    ).toMatchObject({ role: 'owner' });
    expect(await del(`${base(project.id)}/${seedUserId('Noah Kim')}`)).toEqual({
      object: 'organization.project.user.deleted',
      id: seedUserId('Noah Kim'),
      deleted: true,
    });
    await call({ path: `${base(project.id)}/${seedUserId('Noah Kim')}` }, 404);
  });

  it('refuses a duplicate, and someone outside the organization', async () => {
    const project = await newProject('Duplicates');
    await post(base(project.id), { user_id: seedUserId('Omar Haddad'), role: 'member' });
    expect(
      errorOf(
        await post(base(project.id), { user_id: seedUserId('Omar Haddad'), role: 'owner' }, 400),
      ).message,
    ).toMatch(/already a member/);
    expect(
      errorOf(await post(base(project.id), { user_id: 'user-stranger', role: 'member' }, 400))
        .param,
    ).toBe('user_id');
    expect(
      errorOf(
        await post(base(project.id), { email: 'someone@elsewhere.example', role: 'member' }, 400),
      ).param,
    ).toBe('email');
    await post(base(project.id), { role: 'member' }, 400);
  });

  it('keeps an archived project read-only for its users', async () => {
    const archived = seedProjectId('Hackathon 2024');
    await call({ path: base(archived) }, 400);
    await post(base(archived), { user_id: seedUserId('Lucas Silva'), role: 'member' }, 400);
    const project = await newProject('About to archive');
    const userId = seedUserId('Isabella Rossi');
    await post(base(project.id), { user_id: userId, role: 'member' });
    await post(`/organization/projects/${project.id}/archive`);
    await post(`${base(project.id)}/${userId}`, { role: 'owner' }, 400);
    await del(`${base(project.id)}/${userId}`, 400);
  });

  it('answers 404 for an unknown project or member', async () => {
    await call({ path: base('proj_nope') }, 404);
    await call({ path: `${base(SANDBOX_DEFAULT_PROJECT_ID)}/user-nope` }, 404);
  });
});
