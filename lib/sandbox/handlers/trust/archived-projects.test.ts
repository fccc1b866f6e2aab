import { openTrustHarness, type TrustHarness } from './test-harness';
import { NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_DEFAULT_PROJECT_ID, seedProjectId } from '../../seed';
import { insertObject } from '../../store-writes';
import { TRUST_KIND, type ProjectApiKeyObject } from './kinds';

// Archived projects are read-only: their keys and service accounts can be read, never changed.
let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

const project = seedProjectId('Internal Knowledge Search');

describe('archived projects and unknown ids', () => {
  it('refuses deleting keys in an archived project', async () => {
    const archived = seedProjectId('Summer Intern Sandbox');
    const [seeded] = (await h.admin.projects.apiKeys.list(SANDBOX_DEFAULT_PROJECT_ID)).data;
    if (!seeded) throw new Error('no seeded key');
    // Keys of an archived project were made while it was active: plant one as such.
    const key: ProjectApiKeyObject = { ...seeded, id: 'key_archivedproject0000001' };
    await insertObject(h.handle.db, {
      kind: TRUST_KIND.projectApiKey,
      scope: archived,
      id: key.id,
      data: key,
    });
    expect((await h.admin.projects.apiKeys.retrieve(key.id, { project_id: archived })).id).toBe(
      key.id,
    );
    await expect(
      h.admin.projects.apiKeys.delete(key.id, { project_id: archived }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'project_archived',
    });
  });

  it('refuses everything but reading in an archived project, and 404s unknown ids', async () => {
    const archived = seedProjectId('Legacy Chatbot v1');
    await expect(h.admin.projects.serviceAccounts.list(archived)).rejects.toThrow(/archived/);
    await expect(
      h.admin.projects.serviceAccounts.create(archived, { name: 'x' }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'project_archived',
    });
    await expect(
      h.admin.projects.serviceAccounts.create('proj_missing', { name: 'x' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      h.admin.projects.serviceAccounts.apiKeys.create('svc_acct_missing', { project_id: project }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      h.admin.projects.serviceAccounts.update('svc_acct_missing', {
        project_id: project,
        role: 'member',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
