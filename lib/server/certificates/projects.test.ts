import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { invalidateAfter } from '../directory/directory';
import { clearAll } from '../directory/shared-cache';
import { certificateProjects } from './projects';

describe('the projects where each certificate is active, against the sandbox', () => {
  let sandbox: TestSandbox;
  const idOf = async (name: string) => {
    for await (const c of sandbox.org.certificates.list({ limit: 100 })) if (c.name === name) return c.id;
    throw new Error(`no certificate ${name} in the seed`);
  };
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((p) => p.name);

  beforeAll(async () => {
    sandbox = await openTestSandbox();
    clearAll();
  });
  afterAll(() => sandbox.close());

  it('reads every active project and lists the seeded activations by project name', async () => {
    const index = (await certificateProjects(sandbox.client)).value;
    expect(names(index[await idOf('Fleet telemetry gateway')])).toEqual(['Fleet Telemetry Insights']);
    expect(names(index[await idOf('Support assistant backend')])).toEqual(['Customer Support Assistant', 'Robot Voice Interface']);
    expect(index[await idOf('Staging mTLS client')]).toBeUndefined();
  });

  it('keeps its copy until a project activation made through the console marks it stale', async () => {
    const staging = await idOf('Staging mTLS client');
    const project = await sandbox.org.projects.create({ name: 'Certificate index test' });
    // Made as through the console (a project made elsewhere is named within MAX_AGE_MS).
    invalidateAfter('projects.create');
    await sandbox.org.projects.certificates.activate(project.id, { certificate_ids: [staging] });
    expect((await certificateProjects(sandbox.client)).value[staging]).toBeUndefined(); // cached
    invalidateAfter('projects.certificates.activate');
    expect(names((await certificateProjects(sandbox.client)).value[staging])).toEqual(['Certificate index test']);
  });
});
