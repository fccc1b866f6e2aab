import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SANDBOX_KEY_ID } from '@/lib/sandbox/auth';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { journalEntry } from '../db/schema';
import type { JournalRow } from './journal';
import { checkUpstream, forgetUpstreamChecks, MISSING_FOR_MS, SCAN_DAYS } from './upstream-check';

// What the journal's upstream check asks the audit log, and what it does not ask again.

let sandbox: TestSandbox;
const key = { ids: [SANDBOX_KEY_ID], certain: true };
const MINUTE = 60_000;

async function journalled(sentAgoMs: number): Promise<JournalRow> {
  const createdAt = new Date(Date.now() - sentAgoMs);
  const [row] = await sandbox.handle.db
    .insert(journalEntry)
    .values({ userId: 'ada', userEmail: 'ada@example.com', userRole: 'operator', operation: 'projects.update', method: 'POST', path: '/organization/projects/proj_gone', targetIds: { project_id: 'proj_gone' }, outcome: 'succeeded', createdAt, finishedAt: new Date(createdAt.getTime() + 500) })
    .returning();
  if (!row) throw new Error('no row');
  return row;
}

beforeAll(async () => {
  sandbox = await openTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(() => {
  forgetUpstreamChecks();
  vi.restoreAllMocks();
});

describe('the upstream check', () => {
  it('does not search the audit log for changes older than the scan window', async () => {
    const old = await journalled((SCAN_DAYS + 1) * 24 * 60 * MINUTE);
    const get = vi.spyOn(sandbox.client, 'get');
    const { results } = await checkUpstream(sandbox.client, sandbox.handle.db, [old], key);
    expect(results.get(old.id)).toEqual({ kind: 'not_checked', reason: expect.stringContaining(`last ${SCAN_DAYS} days`) });
    expect(get).not.toHaveBeenCalled();
  });

  it('remembers a settled “missing” for a while instead of reading the audit log again', async () => {
    const row = await journalled(10 * MINUTE);
    const get = vi.spyOn(sandbox.client, 'get');
    const now = Date.now();
    expect((await checkUpstream(sandbox.client, sandbox.handle.db, [row], key, now)).results.get(row.id)).toEqual({ kind: 'missing' });
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect((await checkUpstream(sandbox.client, sandbox.handle.db, [row], key, now + 1_000)).results.get(row.id)).toEqual({ kind: 'missing' });
    expect(get.mock.calls.length).toBe(reads);
    // After a while it looks again.
    await checkUpstream(sandbox.client, sandbox.handle.db, [row], key, now + MISSING_FOR_MS + 1);
    expect(get.mock.calls.length).toBeGreaterThan(reads);
  });

  it('does not remember “missing” for a change whose events may still come', async () => {
    const fresh = await journalled(1_000);
    const get = vi.spyOn(sandbox.client, 'get');
    await checkUpstream(sandbox.client, sandbox.handle.db, [fresh], key);
    const reads = get.mock.calls.length;
    await checkUpstream(sandbox.client, sandbox.handle.db, [fresh], key);
    expect(get.mock.calls.length).toBeGreaterThan(reads);
  });
});
