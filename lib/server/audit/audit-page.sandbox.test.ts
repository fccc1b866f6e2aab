import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SANDBOX_KEY_ID } from '@/lib/sandbox/auth';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { clearAll } from '../directory/shared-cache';
import { readAuditPage } from './audit-page';

// The audit-log page against the sandbox: which events the console's key made, and a page that
// still shows its events (with ids) when the names cannot be read.

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await openTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(() => {
  clearAll();
  vi.restoreAllMocks();
});

const since = Math.floor(Date.now() / 1000) - 5;

describe('the audit-log page', () => {
  it('says which events the console’s key made, and which another key made', async () => {
    const project = await sandbox.org.projects.create({ name: 'Audit page A' });
    const outsiderKey = await sandbox.org.adminAPIKeys.create({ name: 'audit page outsider' });
    await sandbox.clientFor(outsiderKey.value ?? '').admin.organization.projects.update(project.id, { name: 'Audit page B' });
    const page = await readAuditPage(sandbox.client, sandbox.handle.db, { 'effective_at[gte]': since, limit: 50 });
    const byKey = (keyId: string) => page.data.filter((e) => e.type === 'project.updated' || e.type === 'project.created').filter((e) => e.actor?.api_key?.id === keyId);
    expect(byKey(SANDBOX_KEY_ID).map((e) => page.console_key_events.includes(e.id))).toEqual([true]);
    expect(byKey(outsiderKey.id).map((e) => page.console_key_events.includes(e.id))).toEqual([false]);
    expect(page.names_error).toBeNull();
  });

  it('shows the events with ids and says why when the names cannot be read', async () => {
    vi.spyOn(sandbox.client.admin.organization.groups, 'list').mockImplementation(() => {
      throw new Error('groups unreadable');
    });
    const page = await readAuditPage(sandbox.client, sandbox.handle.db, { 'effective_at[gte]': since, limit: 50 });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.names_error).toEqual(expect.any(String));
    expect(page.names.projects).toEqual({});
  });
});
