import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/lib/audit/attribution';
import { auditEntries, openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { invalidateAfter } from '../directory/directory';
import { clearAll } from '../directory/shared-cache';
import { namesFor, namesOrError } from './names';

// The audit log's names against the sandbox: from the directory's lists, per project for keys and
// service accounts, fresh after a change made through the console; a failure told, not thrown.

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await openTestSandbox();
  clearAll();
});
afterAll(() => sandbox.close());

describe('names for audit events', () => {
  it('names the service accounts of the projects on the page, and a rename made through the console', async () => {
    const project = await sandbox.org.projects.create({ name: 'Audit names test' });
    const account = await sandbox.org.projects.serviceAccounts.create(project.id, {
      name: 'Audit robot',
    });
    const events = (await auditEntries(
      sandbox.handle,
      'service_account.created',
      50,
    )) as unknown as AuditEvent[];
    const mine = events.filter((e) => e.project?.id === project.id);
    expect(mine.length).toBeGreaterThan(0);
    expect((await namesFor(sandbox.client, mine)).names.serviceAccounts[account.id]).toBe(
      'Audit robot',
    );

    await sandbox.org.projects.serviceAccounts.update(account.id, {
      project_id: project.id,
      name: 'Audit robot, renamed',
    });
    invalidateAfter('projects.serviceAccounts.update', { project_id: project.id });
    expect((await namesFor(sandbox.client, mine)).names.serviceAccounts[account.id]).toBe(
      'Audit robot, renamed',
    );
  });

  it('namesOrError answers no names and the reason when a list cannot be read', async () => {
    clearAll();
    const faulty = new OpenAI({
      adminAPIKey: sandbox.client.adminAPIKey ?? '',
      apiKey: null,
      baseURL: sandbox.server.baseURL,
      maxRetries: 0,
      defaultHeaders: {
        'x-sandbox-fault': '503;path=/organization/groups',
        'x-sandbox-fault-key': `audit-names-${Date.now()}`,
      },
    });
    const answer = await namesOrError(faulty, []);
    expect(answer.error).toMatch(/answered with an error \(503\)/);
    expect(answer.names.users).toEqual({});
  });
});
