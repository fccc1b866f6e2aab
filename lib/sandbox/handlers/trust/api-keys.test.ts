import { collect, openTrustHarness, type TrustHarness } from './test-harness';
import { NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_DEFAULT_PROJECT_ID, seedProjectId } from '../../seed';
import type { ProjectApiKeyObject } from './kinds';

let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

const DAY = 86_400;

/** A key owned by a project member, as the seeder makes them. */
async function memberKey(projectId: string): Promise<ProjectApiKeyObject> {
  const keys = await collect(h.admin.projects.apiKeys.list(projectId, { limit: 100 }));
  const key = keys.find((k) => k.owner.type === 'user');
  if (!key) throw new Error(`no user key in ${projectId}`);
  return key;
}

describe('project API keys', () => {
  it('lists a project’s keys page by page, each owned by a member or a service account of it', async () => {
    const keys = await collect(
      h.admin.projects.apiKeys.list(SANDBOX_DEFAULT_PROJECT_ID, { limit: 1 }),
    );
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const members = new Set(
      (await collect(h.admin.projects.users.list(SANDBOX_DEFAULT_PROJECT_ID, { limit: 100 }))).map(
        (u) => u.id,
      ),
    );
    const accounts = new Set(
      (await collect(h.admin.projects.serviceAccounts.list(SANDBOX_DEFAULT_PROJECT_ID))).map(
        (a) => a.id,
      ),
    );
    for (const key of keys) {
      expect(key).toMatchObject({
        object: 'organization.project.api_key',
        owner_project_access: 'active',
      });
      expect(key.id).toMatch(/^key_[A-Za-z0-9]{24}$/);
      expect(key.redacted_value).toMatch(/^sk-(proj|svcacct)-[A-Za-z0-9]{3}\.\.\.[A-Za-z0-9]{4}$/);
      if (key.owner.type === 'user') expect(members.has(key.owner.user?.id ?? '')).toBe(true);
      else expect(accounts.has(key.owner.service_account?.id ?? '')).toBe(true);
    }
  });

  it('retrieves a key, naming its owner’s current project role', async () => {
    const project = seedProjectId('Developer Copilot');
    const key = await memberKey(project);
    expect(await h.admin.projects.apiKeys.retrieve(key.id, { project_id: project })).toEqual(key);
    const userId = key.owner.user?.id ?? '';
    const role = key.owner.user?.role === 'owner' ? 'member' : 'owner';
    await h.admin.projects.users.update(userId, { project_id: project, role });
    const after = await h.admin.projects.apiKeys.retrieve(key.id, { project_id: project });
    expect(after.owner.user?.role).toBe(role);
    await expect(
      h.admin.projects.apiKeys.retrieve('key_missing', { project_id: project }),
    ).rejects.toMatchObject({ status: 404, param: 'api_key_id' });
    await expect(h.admin.projects.apiKeys.list('proj_missing')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('deletes a user’s key', async () => {
    const project = seedProjectId('Docs Translation');
    const key = await memberKey(project);
    expect(await h.admin.projects.apiKeys.delete(key.id, { project_id: project })).toEqual({
      object: 'organization.project.api_key.deleted',
      id: key.id,
      deleted: true,
    });
    expect(await h.lastAudit('api_key.deleted')).toMatchObject({
      project: { id: project },
      'api_key.deleted': { id: key.id },
    });
    await expect(
      h.admin.projects.apiKeys.delete(key.id, { project_id: project }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('removes a member’s keys in a project they leave', async () => {
    const project = seedProjectId('Field Service Triage');
    const userId = (await memberKey(project)).owner.user?.id ?? '';
    await h.admin.projects.users.delete(userId, { project_id: project });
    const left = await collect(
      h.admin.projects.apiKeys.list(project, { owner_project_access: 'any' }),
    );
    expect(left.filter((k) => k.owner.user?.id === userId)).toEqual([]);
  });

  it('removes every key of a user who leaves the organization', async () => {
    // A reader of the organization (members of the default project are its readers).
    const keys = await collect(
      h.admin.projects.apiKeys.list(SANDBOX_DEFAULT_PROJECT_ID, { limit: 100 }),
    );
    const userId = keys.find((k) => k.owner.user?.role === 'member')?.owner.user?.id;
    if (!userId) throw new Error('no reader owns a key in the default project');
    expect((await h.admin.users.retrieve(userId)).role).toBe('reader');
    await h.admin.users.delete(userId);
    const projects = await collect(h.admin.projects.list({ limit: 100 }));
    for (const project of projects) {
      const keys = await collect(
        h.admin.projects.apiKeys.list(project.id, { owner_project_access: 'any', limit: 100 }),
      );
      expect(keys.filter((k) => k.owner.user?.id === userId)).toEqual([]);
    }
  });

  it('seeds believable keys: used recently, stale or never, created after the owner joined', async () => {
    const all: ProjectApiKeyObject[] = [];
    for (const project of await collect(h.admin.projects.list({ limit: 100 })))
      all.push(...(await collect(h.admin.projects.apiKeys.list(project.id, { limit: 100 }))));
    const base = Math.floor(Date.now() / 1000 / DAY) * DAY;
    expect(all.filter((k) => k.last_used_at === null).length).toBeGreaterThan(0);
    expect(
      all.filter((k) => k.last_used_at !== null && k.last_used_at < base - 90 * DAY).length,
    ).toBeGreaterThan(0);
    expect(
      all.filter((k) => k.last_used_at !== null && k.last_used_at > base - 8 * DAY).length,
    ).toBeGreaterThan(all.length / 2);
    for (const key of all) {
      const joined = key.owner.user?.created_at ?? key.owner.service_account?.created_at ?? 0;
      expect(key.created_at).toBeGreaterThanOrEqual(joined);
      if (key.last_used_at !== null)
        expect(key.last_used_at).toBeGreaterThanOrEqual(key.created_at);
    }
  });
});
