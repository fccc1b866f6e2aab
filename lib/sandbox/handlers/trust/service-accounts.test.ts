import { collect, openTrustHarness, type TrustHarness } from './test-harness';
import { BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProjectId } from '../../seed';
import { findById, getObject } from '../../store';
import { TRUST_KIND, type ApiKeySecretRecord } from './kinds';
import { secretHash } from './api-key-records';

let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

const project = seedProjectId('Internal Knowledge Search');

describe('project service accounts', () => {
  it('creates one with its key, shown once and stored only as a hash', async () => {
    const created = await h.admin.projects.serviceAccounts.create(project, {
      name: ' search-indexer ',
    });
    expect(created).toMatchObject({
      object: 'organization.project.service_account',
      name: 'search-indexer',
      role: 'member',
      api_key: { object: 'organization.project.service_account.api_key', name: 'Secret Key' },
    });
    expect(created.id).toMatch(/^svc_acct_[A-Za-z0-9]{24}$/);
    const key = created.api_key;
    if (!key) throw new Error('no key');
    expect(key.value).toMatch(/^sk-svcacct-[A-Za-z0-9_-]{64}$/);
    expect(key.id).toMatch(/^key_/);
    expect(await h.lastAudit('service_account.created')).toMatchObject({
      project: { id: project },
      'service_account.created': { id: created.id, data: { role: 'member' } },
    });

    const { api_key: _shownOnce, ...account } = created;
    expect(
      await h.admin.projects.serviceAccounts.retrieve(created.id, { project_id: project }),
    ).toEqual(account);
    const listed = await h.admin.projects.apiKeys.retrieve(key.id, { project_id: project });
    expect(listed).toMatchObject({
      object: 'organization.project.api_key',
      last_used_at: null,
      owner_project_access: 'active',
      owner: {
        type: 'service_account',
        service_account: { id: created.id, name: 'search-indexer', role: 'member' },
      },
    });
    expect(listed.redacted_value).toBe(`${key.value.slice(0, 14)}...${key.value.slice(-4)}`);
    expect(JSON.stringify(listed)).not.toContain(key.value);
    const stored = await findById(h.handle.db, TRUST_KIND.projectApiKey, key.id);
    expect(JSON.stringify(stored)).not.toContain(key.value);
    const secret = await getObject<ApiKeySecretRecord>(
      h.handle.db,
      TRUST_KIND.projectApiKeySecret,
      project,
      key.id,
    );
    expect(secret?.data).toEqual(secretHash(key.value));
  });

  it('lists service accounts page by page', async () => {
    for (const name of ['a', 'b', 'c'])
      await h.admin.projects.serviceAccounts.create(project, { name });
    const accounts = await collect(h.admin.projects.serviceAccounts.list(project, { limit: 2 }));
    expect(accounts.length).toBeGreaterThanOrEqual(4);
    expect(accounts.every((a) => a.object === 'organization.project.service_account')).toBe(true);
  });

  it('creates one without role or key, whose later keys have no project access', async () => {
    const bare = await h.admin.projects.serviceAccounts.create(project, {
      name: 'bare',
      create_service_account_only: true,
    });
    expect(bare).toMatchObject({ role: 'none', api_key: null });
    const key = await h.admin.projects.serviceAccounts.apiKeys.create(bare.id, {
      project_id: project,
      name: 'deploy',
      scopes: ['api.model.read'],
    });
    expect(key).toMatchObject({
      object: 'organization.project.service_account.api_key',
      name: 'deploy',
    });
    expect(await h.lastAudit('api_key.created')).toMatchObject({
      'api_key.created': { id: key.id, data: { scopes: ['api.model.read'] } },
    });
    const active = await collect(h.admin.projects.apiKeys.list(project, { limit: 100 }));
    expect(active.map((k) => k.id)).not.toContain(key.id);
    const inactive = await collect(
      h.admin.projects.apiKeys.list(project, { owner_project_access: 'inactive' }),
    );
    expect(inactive.map((k) => [k.id, k.owner_project_access])).toEqual([[key.id, 'inactive']]);

    // Given a role, the account (and so its key) gains access to the project.
    const updated = await h.admin.projects.serviceAccounts.update(bare.id, {
      project_id: project,
      role: 'owner',
      name: 'no longer bare',
    });
    expect(updated).toMatchObject({ id: bare.id, role: 'owner', name: 'no longer bare' });
    expect(await h.lastAudit('service_account.updated')).toMatchObject({
      'service_account.updated': { id: bare.id, changes_requested: { role: 'owner' } },
    });
    const now = await h.admin.projects.apiKeys.retrieve(key.id, { project_id: project });
    expect(now).toMatchObject({
      owner_project_access: 'active',
      owner: { service_account: { role: 'owner', name: 'no longer bare' } },
    });
  });

  it('deletes a service account with its keys; its keys cannot be deleted alone', async () => {
    const account = await h.admin.projects.serviceAccounts.create(project, { name: 'short-lived' });
    const keyId = account.api_key?.id ?? '';
    const alone = h.admin.projects.apiKeys.delete(keyId, { project_id: project });
    await expect(alone).rejects.toBeInstanceOf(BadRequestError);
    await expect(alone).rejects.toMatchObject({ code: 'service_account_key' });
    expect(
      await h.admin.projects.serviceAccounts.delete(account.id, { project_id: project }),
    ).toEqual({
      object: 'organization.project.service_account.deleted',
      id: account.id,
      deleted: true,
    });
    expect(await h.lastAudit('service_account.deleted')).toMatchObject({
      'service_account.deleted': { id: account.id },
    });
    await expect(
      h.admin.projects.apiKeys.retrieve(keyId, { project_id: project }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await findById(h.handle.db, TRUST_KIND.projectApiKeySecret, keyId)).toEqual([]);
    await expect(
      h.admin.projects.serviceAccounts.retrieve(account.id, { project_id: project }),
    ).rejects.toMatchObject({ status: 404, param: 'service_account_id' });
  });
});
