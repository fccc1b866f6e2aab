import { AuthenticationError, BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSandboxAdminKey, SANDBOX_KEY_ACTOR, SANDBOX_KEY_ID } from '../../auth';
import { getObject } from '../../store';
import { updateObject } from '../../store-writes';
import { hashKeyValue } from './key-secrets';
import { KEYS_AUDIT_KIND, type AdminKeySecretRecord } from './kinds';
import { latestOfType, openTestSandbox, type TestSandbox } from './test-support';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await openTestSandbox();
});
afterAll(() => sandbox.close());

const keysOf = (s: TestSandbox) => s.client.admin.organization.adminAPIKeys;
const secretOf = (value: string) =>
  getObject<AdminKeySecretRecord>(sandbox.handle.db, secretKind, '', hashKeyValue(value));
const secretKind = KEYS_AUDIT_KIND.adminApiKeySecret;

describe('admin API keys through the SDK', () => {
  it('lists the seeded keys and the console key page by page, oldest first', async () => {
    const seen: string[] = [];
    for await (const key of keysOf(sandbox).list({ limit: 1 })) {
      expect(key.object).toBe('organization.admin_api_key');
      expect(key.id).toMatch(/^key_[A-Za-z0-9]{24}$/);
      expect(key.redacted_value).toMatch(/^sk-admin\.\.\.[A-Za-z0-9_-]{3}$/);
      expect(key.owner).toMatchObject({ type: 'user', object: 'organization.user', role: 'owner' });
      seen.push(key.name ?? '');
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(
      expect.arrayContaining([
        'Okta provisioning (retired)',
        'Terraform automation',
        'Sandbox console key',
      ]),
    );
    const newest = await keysOf(sandbox).list({ order: 'desc', limit: 1 });
    expect(newest.data[0]?.id).toBe(SANDBOX_KEY_ID);
  });

  it('shows the configured key with its real redacted value, owned by the first owner', async () => {
    const value = await getSandboxAdminKey(sandbox.handle.db);
    const key = await keysOf(sandbox).retrieve(SANDBOX_KEY_ID);
    expect(key.redacted_value).toBe(`${value.slice(0, 8)}...${value.slice(-3)}`);
    expect(key.owner.id).toBe(SANDBOX_KEY_ACTOR.api_key?.user?.id);
    expect(key.last_used_at).toEqual(expect.any(Number));
  });

  it('creates a key whose value is shown once and which then authenticates its own client', async () => {
    const created = await keysOf(sandbox).create({ name: 'CI deploys' });
    expect(created).toMatchObject({
      object: 'organization.admin_api_key',
      name: 'CI deploys',
      expires_at: null,
      last_used_at: null,
      owner: { id: SANDBOX_KEY_ACTOR.api_key?.user?.id, role: 'owner' },
    });
    expect(created.value).toMatch(/^sk-admin-[A-Za-z0-9_-]{48}$/);
    expect(created.redacted_value).toBe(`sk-admin...${created.value.slice(-3)}`);
    const retrieved = await keysOf(sandbox).retrieve(created.id);
    expect(retrieved).not.toHaveProperty('value');
    expect(retrieved.id).toBe(created.id);

    // Only the hash is kept.
    const secret = await secretOf(created.value);
    expect(secret?.data.key_id).toBe(created.id);
    expect(JSON.stringify(secret?.data)).not.toContain(created.value);

    const other = sandbox.clientFor(created.value);
    const projects = await other.admin.organization.projects.list({ limit: 1 });
    expect(projects.data).toHaveLength(1);
    const used = await keysOf(sandbox).retrieve(created.id);
    expect(used.last_used_at).toBeGreaterThanOrEqual(created.created_at);

    const event = await latestOfType(sandbox, 'api_key.created');
    expect(event).toMatchObject({
      'api_key.created': { id: created.id },
      actor: SANDBOX_KEY_ACTOR,
    });
  });

  it('keys created by a created key belong to its owner and name it as the actor', async () => {
    const first = await keysOf(sandbox).create({ name: 'Parent key' });
    const child = await sandbox.clientFor(first.value).admin.organization.adminAPIKeys.create({
      name: 'Child key',
      expires_in_seconds: 3600,
    });
    expect(child.owner.id).toBe(first.owner.id);
    expect(child.expires_at).toBe(child.created_at + 3600);
    const event = await latestOfType(sandbox, 'api_key.created');
    expect(event?.actor?.api_key?.id).toBe(first.id);
  });

  it('deletes a key: its value stops working at once, and the delete is logged', async () => {
    const created = await keysOf(sandbox).create({ name: 'Short-lived' });
    const other = sandbox.clientFor(created.value);
    await other.admin.organization.users.list({ limit: 1 });
    const deleted = await keysOf(sandbox).delete(created.id);
    expect(deleted).toEqual({
      id: created.id,
      object: 'organization.admin_api_key.deleted',
      deleted: true,
    });
    await expect(other.admin.organization.users.list({ limit: 1 })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    await expect(keysOf(sandbox).retrieve(created.id)).rejects.toBeInstanceOf(NotFoundError);
    const event = await latestOfType(sandbox, 'api_key.deleted');
    expect(event).toMatchObject({
      'api_key.deleted': { id: created.id },
      actor: SANDBOX_KEY_ACTOR,
    });
  });

  it('refuses an expired key', async () => {
    const created = await keysOf(sandbox).create({ name: 'Expiring', expires_in_seconds: 60 });
    const secret = await secretOf(created.value);
    if (!secret) throw new Error('no secret stored');
    const expired = { ...secret.data, expires_at: Math.floor(Date.now() / 1000) - 1 };
    await updateObject(sandbox.handle.db, secretKind, '', secret.id, expired);
    await expect(
      sandbox.clientFor(created.value).admin.organization.projects.list(),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('refuses to delete the configured key, an unknown key, and a nameless create', async () => {
    const refusal = keysOf(sandbox).delete(SANDBOX_KEY_ID);
    await expect(refusal).rejects.toBeInstanceOf(BadRequestError);
    await expect(refusal).rejects.toMatchObject({ status: 400, param: 'key_id' });
    expect((await keysOf(sandbox).retrieve(SANDBOX_KEY_ID)).id).toBe(SANDBOX_KEY_ID);
    await expect(keysOf(sandbox).delete('key_doesnotexist')).rejects.toMatchObject({ status: 404 });
    await expect(keysOf(sandbox).retrieve('key_doesnotexist')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(keysOf(sandbox).create({ name: '' })).rejects.toMatchObject({
      status: 400,
      param: 'name',
    });
  });

  // Last: it removes two founders from the shared sandbox.
  it("removes a departing owner's keys, and hands the console key to the next owner", async () => {
    const users = sandbox.client.admin.organization.users;
    const all = await keysOf(sandbox).list({ limit: 100 });
    const terraform = all.data.find((key) => key.name === 'Terraform automation');
    if (!terraform?.owner.id) throw new Error('no Terraform key seeded');
    await users.delete(terraform.owner.id);
    await expect(keysOf(sandbox).retrieve(terraform.id)).rejects.toBeInstanceOf(NotFoundError);

    const consoleOwner = SANDBOX_KEY_ACTOR.api_key?.user?.id ?? '';
    await users.delete(consoleOwner);
    const consoleKey = await keysOf(sandbox).retrieve(SANDBOX_KEY_ID);
    expect(consoleKey.owner.id).not.toBe(consoleOwner);
    expect(consoleKey.owner.role).toBe('owner');
    const later = await keysOf(sandbox).create({ name: 'After the founders left' });
    expect(later.owner.id).toBe(consoleKey.owner.id);
  });
});
