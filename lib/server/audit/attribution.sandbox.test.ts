import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeEvents, type AuditEvent } from '@/lib/audit/attribution';
import { SANDBOX_KEY_ID } from '@/lib/sandbox/auth';
import { collect, openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { journalEntry } from '../db/schema';
import { createdIds, finishJournalEntry, journalEntriesForEvents, startJournalEntry, summarizeRequest, toMatchable } from '../journal/journal';

// Attribution against the sandbox's real audit log: changes journalled as the admin proxy does it
// are attributed to their console user; the same kind of change made with another admin key
// (someone outside the console) stays unattributed.

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await openTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

/** Journals a change around the call, the way the admin proxy does. */
async function journalled<T>(email: string, operation: string, targetIds: Record<string, string>, body: unknown, call: () => Promise<T>): Promise<T> {
  const db = sandbox.handle.db;
  const id = await startJournalEntry(db, { userId: email, userEmail: email, userRole: 'admin', operation, method: 'POST', path: '/x', targetIds, requestSummary: summarizeRequest(body) });
  const answer = await call();
  await finishJournalEntry(db, id, { outcome: 'succeeded', httpStatus: 200, upstreamRequestId: null, errorMessage: null, resultIds: createdIds(answer) });
  return answer;
}

describe('attribution of sandbox audit events to the journal', () => {
  it('attributes changes made through the console to their user and leaves an outsider’s unattributed', async () => {
    const started = new Date(Date.now() - 1000);
    const org = sandbox.org;
    const project = await journalled('ada@example.com', 'projects.create', {}, { name: 'Attribution A' }, () => org.projects.create({ name: 'Attribution A' }));
    await journalled('ada@example.com', 'projects.update', { project_id: project.id }, { name: 'Attribution A2' }, () => org.projects.update(project.id, { name: 'Attribution A2' }));
    const group = await journalled('grace@example.com', 'groups.create', {}, { name: 'Attribution G' }, () => org.groups.create({ name: 'Attribution G' }));

    // The same kind of change, made with another admin key: not through the console.
    const outsiderKey = await org.adminAPIKeys.create({ name: 'outsider' });
    const outsider = sandbox.clientFor(outsiderKey.value ?? '').admin.organization;
    await outsider.projects.update(project.id, { name: 'Attribution A3' });

    const events = (await collect(org.auditLogs.list({ effective_at: { gte: Math.floor(started.getTime() / 1000) }, limit: 100 }))) as AuditEvent[];
    const entries = (await journalEntriesForEvents(sandbox.handle.db, events)).map(toMatchable);
    const attributed = attributeEvents(events, entries, [SANDBOX_KEY_ID]);
    const byEntryOperation = (type: string, actorKey: string) => {
      const event = events.find((e) => e.type === type && e.actor?.api_key?.id === actorKey);
      const entry = entries.find((e) => e.id === attributed.get(event?.id ?? '')?.entryId);
      return entry?.operation ?? 'unattributed';
    };

    expect(byEntryOperation('project.created', SANDBOX_KEY_ID)).toBe('projects.create');
    expect(byEntryOperation('project.updated', SANDBOX_KEY_ID)).toBe('projects.update');
    expect(byEntryOperation('group.created', SANDBOX_KEY_ID)).toBe('groups.create');
    expect(byEntryOperation('project.updated', outsiderKey.id)).toBe('unattributed');
    // The admin key made for the outsider was created with the console's key but not journalled.
    expect(byEntryOperation('api_key.created', SANDBOX_KEY_ID)).toBe('unattributed');
    expect(group.id).toBeTruthy();
  });

  it('finds the newest changes of a busy span: entries that cannot have made the events do not crowd them out', async () => {
    const db = sandbox.handle.db;
    const started = new Date(Date.now() - 1000);
    // Thousands of changes that leave no upstream event (console users) or changed nothing (failed).
    const busy = (i: number) => ({ userId: 'bot', userEmail: 'bot@example.com', userRole: 'admin', method: 'POST', path: '/x', targetIds: { user_id: `cu_${i}` }, createdAt: started });
    await db.insert(journalEntry).values(Array.from({ length: 5_001 }, (_, i) => ({ ...busy(i), operation: 'consoleUsers.setRole', outcome: 'succeeded' })));
    await db.insert(journalEntry).values(Array.from({ length: 200 }, (_, i) => ({ ...busy(i), operation: 'projects.create', outcome: 'failed' })));
    const project = await journalled('ada@example.com', 'projects.create', {}, { name: 'Busy span' }, () => sandbox.org.projects.create({ name: 'Busy span' }));

    const events = (await collect(sandbox.org.auditLogs.list({ effective_at: { gte: Math.floor(started.getTime() / 1000) }, limit: 100 }))) as AuditEvent[];
    const rows = await journalEntriesForEvents(db, events);
    expect(rows.every((row) => row.outcome !== 'failed' && row.operation !== 'consoleUsers.setRole')).toBe(true);
    const created = events.find((e) => e.type === 'project.created' && (e as unknown as { 'project.created': { id: string } })['project.created'].id === project.id);
    const entryId = attributeEvents(events, rows.map(toMatchable), [SANDBOX_KEY_ID]).get(created?.id ?? '')?.entryId;
    expect(rows.find((row) => row.id === entryId)?.userEmail).toBe('ada@example.com');
    // Read in small batches, the window is the same, newest first.
    const batched = await journalEntriesForEvents(db, events, 2);
    expect(batched.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(rows.length).toBeGreaterThan(2);
  });
});
