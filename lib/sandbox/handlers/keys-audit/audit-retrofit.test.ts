import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import { SANDBOX_KEY_ACTOR, SANDBOX_KEY_ID } from '../../auth';
import { seedUserId } from '../../seed';
import { latestAuditEntries, openTestSandbox, type TestSandbox } from './test-support';

// The projects, users and project-users families record what they change, naming the key used.

let sandbox: TestSandbox;
let other: OpenAI;
let otherKeyId: string;
beforeAll(async () => {
  sandbox = await openTestSandbox();
  const created = await sandbox.client.admin.organization.adminAPIKeys.create({
    name: 'Second admin',
  });
  other = sandbox.clientFor(created.value);
  otherKeyId = created.id;
});
afterAll(() => sandbox.close());

/** The newest entry, which the call just made must have written. */
async function lastEntry() {
  const [entry] = await latestAuditEntries(sandbox, 1);
  if (!entry) throw new Error('the audit log is empty');
  return entry;
}

describe('audit events of projects, users and project users', () => {
  it('logs project.created, project.updated and project.archived with the acting key', async () => {
    const projects = sandbox.client.admin.organization.projects;
    const project = await projects.create({ name: 'Audited' });
    expect(await lastEntry()).toMatchObject({
      type: 'project.created',
      actor: SANDBOX_KEY_ACTOR,
      project: { id: project.id, name: 'Audited' },
      'project.created': { id: project.id, data: { name: 'Audited' } },
    });
    await other.admin.organization.projects.update(project.id, { name: 'Audited (renamed)' });
    const updated = await lastEntry();
    expect(updated).toMatchObject({
      type: 'project.updated',
      'project.updated': { id: project.id, changes_requested: { title: 'Audited (renamed)' } },
    });
    expect(updated.actor?.api_key?.id).toBe(otherKeyId);
    expect(updated.actor?.api_key?.id).not.toBe(SANDBOX_KEY_ID);
    await projects.archive(project.id);
    expect(await lastEntry()).toMatchObject({
      type: 'project.archived',
      'project.archived': { id: project.id },
    });
    const before = (await lastEntry()).id;
    await projects.archive(project.id);
    expect((await lastEntry()).id).toBe(before);
  });

  it('logs project membership changes as user.* events in the project', async () => {
    const project = await sandbox.client.admin.organization.projects.create({
      name: 'Members audited',
    });
    const userId = seedUserId('Marcus Chen');
    const members = other.admin.organization.projects.users;
    await members.create(project.id, { user_id: userId, role: 'member' });
    const added = await lastEntry();
    expect(added).toMatchObject({
      type: 'user.added',
      project: { id: project.id },
      'user.added': { id: userId, data: { role: 'member' } },
    });
    expect(added.actor?.api_key?.id).toBe(otherKeyId);
    await members.update(userId, { project_id: project.id, role: 'owner' });
    expect(await lastEntry()).toMatchObject({
      type: 'user.updated',
      project: { id: project.id },
      'user.updated': { id: userId, changes_requested: { role: 'owner' } },
    });
    await sandbox.client.admin.organization.projects.users.delete(userId, {
      project_id: project.id,
    });
    expect(await lastEntry()).toMatchObject({
      type: 'user.deleted',
      project: { id: project.id },
      'user.deleted': { id: userId },
      actor: SANDBOX_KEY_ACTOR,
    });
  });

  it('logs user.updated and user.deleted at the organization level', async () => {
    const userId = seedUserId('Hannah Schmidt');
    await other.admin.organization.users.update(userId, { role: 'owner' });
    const updated = await lastEntry();
    expect(updated).toMatchObject({
      type: 'user.updated',
      'user.updated': { id: userId, changes_requested: { role: 'owner' } },
    });
    expect(updated).not.toHaveProperty('project');
    expect(updated.actor?.api_key?.id).toBe(otherKeyId);
    await sandbox.client.admin.organization.users.delete(userId);
    expect(await lastEntry()).toMatchObject({
      type: 'user.deleted',
      'user.deleted': { id: userId },
      actor: SANDBOX_KEY_ACTOR,
    });
  });

  it('leaves no event for a refused change', async () => {
    const before = (await lastEntry()).id;
    await expect(
      sandbox.client.admin.organization.projects.create({ name: '   ' }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      sandbox.client.admin.organization.users.delete('user-doesnotexist'),
    ).rejects.toMatchObject({ status: 404 });
    expect((await lastEntry()).id).toBe(before);
  });

  it('lists the new events first, and finds them by the acting key', async () => {
    const page = await sandbox.client.admin.organization.auditLogs.list({ limit: 1 });
    expect(page.data[0]?.id).toBe((await lastEntry()).id);
    const byOther = await sandbox.client.admin.organization.auditLogs.list({
      actor_ids: [otherKeyId],
      limit: 100,
    });
    expect(byOther.data.map((e) => e.type)).toEqual([
      'user.updated',
      'user.updated',
      'user.added',
      'project.updated',
    ]);
  });
});
