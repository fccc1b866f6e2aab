import OpenAI, { NotFoundError, BadRequestError, AuthenticationError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { getSandboxAdminKey } from './auth';
import { SANDBOX_DEFAULT_PROJECT_ID } from './seed';
import { SEED_PROJECTS, SEED_USERS } from './seed-data';
import { startSandboxServer, type SandboxTestServer } from './test-server';

// The official SDK, unchanged, against the sandbox on a real HTTP server.
let handle: DbHandle;
let server: SandboxTestServer;
let client: OpenAI;
beforeAll(async () => {
  handle = await openDb({ memory: true });
  server = await startSandboxServer(handle.db);
  client = new OpenAI({
    adminAPIKey: await getSandboxAdminKey(handle.db),
    apiKey: null,
    baseURL: server.baseURL,
    maxRetries: 0,
  });
});
afterAll(async () => {
  await server.close();
  await handle.close();
});

const activeSeedProjects = SEED_PROJECTS.filter((p) => p.archivedAgeDays === undefined).length + 1;

describe('the openai SDK against the sandbox', () => {
  it('lists every project with auto-pagination', async () => {
    const names: string[] = [];
    for await (const project of client.admin.organization.projects.list({ limit: 4 }))
      names.push(project.name ?? '');
    expect(names).toHaveLength(activeSeedProjects);
    expect(names[0]).toBe('Default project');
    expect(names).toContain('Warehouse Vision');
    expect(names).not.toContain('Hackathon 2024');
  });

  it('creates, retrieves, updates and archives a project', async () => {
    const projects = client.admin.organization.projects;
    const created = await projects.create({ name: 'SDK Project' });
    expect(created).toMatchObject({
      object: 'organization.project',
      name: 'SDK Project',
      status: 'active',
    });
    expect((await projects.retrieve(created.id)).name).toBe('SDK Project');
    expect((await projects.update(created.id, { name: 'SDK Project (renamed)' })).name).toBe(
      'SDK Project (renamed)',
    );
    const archived = await projects.archive(created.id);
    expect(archived.status).toBe('archived');
    expect(typeof archived.archived_at).toBe('number');
    const all: string[] = [];
    for await (const p of projects.list({ include_archived: true, limit: 100 })) all.push(p.id);
    expect(all).toContain(created.id);
  });

  it('lists users page by page and filters by email', async () => {
    const page = await client.admin.organization.users.list();
    expect(page.data).toHaveLength(20);
    expect(page.hasNextPage()).toBe(true);
    let count = 0;
    for await (const user of client.admin.organization.users.list({ limit: 100 })) {
      expect(user.object).toBe('organization.user');
      count++;
    }
    expect(count).toBe(SEED_USERS.length);
    const found = await client.admin.organization.users.list({
      emails: ['ava.thompson@northwind-robotics.com'],
    });
    expect(found.data.map((u) => u.name)).toEqual(['Ava Thompson']);
  });

  it('manages project users', async () => {
    const project = await client.admin.organization.projects.create({ name: 'SDK Members' });
    const [user] = (await client.admin.organization.users.list({ limit: 1 })).data;
    if (!user) throw new Error('no users');
    const added = await client.admin.organization.projects.users.create(project.id, {
      user_id: user.id,
      role: 'member',
    });
    expect(added).toMatchObject({ id: user.id, role: 'member' });
    const updated = await client.admin.organization.projects.users.update(user.id, {
      project_id: project.id,
      role: 'owner',
    });
    expect(updated.role).toBe('owner');
    const members = await client.admin.organization.projects.users.list(project.id);
    expect(members.data.map((m) => m.id)).toEqual([user.id]);
    const removed = await client.admin.organization.projects.users.delete(user.id, {
      project_id: project.id,
    });
    expect(removed).toEqual({
      object: 'organization.project.user.deleted',
      id: user.id,
      deleted: true,
    });
  });

  it('raises the SDK errors for 404, 400 and 401', async () => {
    const missing = client.admin.organization.projects.retrieve('proj_doesnotexist');
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toMatchObject({
      status: 404,
      requestID: expect.stringMatching(/^req_[0-9a-f]{32}$/),
    });
    await expect(
      client.admin.organization.projects.archive(SANDBOX_DEFAULT_PROJECT_ID),
    ).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.admin.organization.projects.create({ name: '' })).rejects.toMatchObject({
      status: 400,
      param: 'name',
    });
    const stranger = new OpenAI({
      adminAPIKey: 'sk-admin-not-the-right-key-at-all',
      apiKey: null,
      baseURL: server.baseURL,
      maxRetries: 0,
    });
    await expect(stranger.admin.organization.projects.list()).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });
});
