import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseJournalQuery } from '@/lib/journal/parse-query';
import type { JournalQuery } from '@/lib/journal/query';
import { SANDBOX_KEY_ID } from '@/lib/sandbox/auth';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { exportJournalCsv } from './journal-export';
import { readJournalPage } from './journal-view';
import { createdIds, finishJournalEntry, startJournalEntry, summarizeRequest, type JournalFinish } from './journal';
import { forgetUpstreamChecks } from './upstream-check';

// The journal view against the sandbox's real audit log: which journalled changes left their
// event, which did not, which need a look; paging both ways; the CSV of what the filters select.

let sandbox: TestSandbox;
const key = { ids: [SANDBOX_KEY_ID], certain: true };
const ids: Record<string, number> = {};

async function journal(label: string, email: string, operation: string, targetIds: Record<string, string>, body: unknown, run: () => Promise<unknown>, fail?: Partial<JournalFinish>) {
  const db = sandbox.handle.db;
  const id = await startJournalEntry(db, { userId: email, userEmail: email, userRole: 'operator', operation, method: 'POST', path: `/organization/${label}`, targetIds, requestSummary: summarizeRequest(body) });
  const answer = await run();
  await finishJournalEntry(db, id, { outcome: 'succeeded', httpStatus: 200, upstreamRequestId: `req_${label}`, errorMessage: null, resultIds: createdIds(answer), ...fail });
  ids[label] = id;
}

const query = (text: string): JournalQuery => {
  const parsed = parseJournalQuery(new URLSearchParams(text));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
};
const read = (text = '') => readJournalPage(sandbox.client, sandbox.handle.db, query(text), key);

beforeAll(async () => {
  sandbox = await openTestSandbox();
  const org = sandbox.org;
  let projectId = '';
  await journal('created', 'ada@example.com', 'projects.create', {}, { name: 'Journal view A' }, async () => {
    const project = await org.projects.create({ name: 'Journal view A' });
    projectId = project.id;
    return project;
  });
  // Journalled as succeeded, but never sent: the audit log has no event for it.
  const other = await org.projects.create({ name: 'Journal view other' });
  await journal('ghost', 'ada@example.com', 'projects.update', { project_id: other.id }, { name: 'Never sent' }, async () => ({}));
  await journal('failed', 'grace@example.com', 'projects.update', { project_id: projectId }, { name: 'Refused' }, async () => ({}), { outcome: 'failed', httpStatus: 429, errorMessage: 'Rate limited' });
  await journal('console', 'grace@example.com', 'consoleUsers.setRole', { user_id: 'cu_1', user_email: 'bo@example.com' }, { from: 'viewer', to: 'operator' }, async () => ({}));
  await journal('renamed', 'grace@example.com', 'projects.update', { project_id: projectId }, { name: 'Journal view B' }, () => org.projects.update(projectId, { name: 'Journal view B' }));
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(() => forgetUpstreamChecks());

describe('the journal view', () => {
  it('lists entries newest first, each with its upstream status and names', async () => {
    const page = await read();
    expect(page.data.map((e) => e.id)).toEqual([ids.renamed, ids.console, ids.failed, ids.ghost, ids.created]);
    const byId = new Map(page.data.map((e) => [e.id, e]));
    expect(byId.get(ids.created!)?.upstream.kind).toBe('found');
    expect(byId.get(ids.renamed!)?.upstream.kind).toBe('found');
    expect(byId.get(ids.ghost!)?.upstream).toEqual({ kind: 'missing' });
    expect(byId.get(ids.failed!)?.upstream).toEqual({ kind: 'not_applicable' });
    expect(byId.get(ids.console!)?.upstream).toEqual({ kind: 'not_expected' });
    expect(byId.get(ids.created!)?.targets).toEqual([{ kind: 'project', id: expect.any(String), name: 'Journal view B' }]);
    expect(byId.get(ids.created!)?.summary).toBe('Create a project');
    expect(page.users).toEqual(['ada@example.com', 'grace@example.com']);
    expect(page.upstream_check).toEqual({ console_key_certain: true, error: null });
  });

  it('“needs a look” lists the failed change and the one with no upstream event', async () => {
    const page = await read('status=attention');
    expect(page.data.map((e) => e.id)).toEqual([ids.failed, ids.ghost]);
    expect(page.scan).toMatchObject({ days: 7, checked: 3, limited: false });
    expect((await read('status=no_event')).data.map((e) => e.id)).toEqual([ids.ghost]);
    expect((await read('status=attention&user=grace@example.com')).data.map((e) => e.id)).toEqual([ids.failed]);
  });

  it('filters by person, outcome, kind of change, words and time', async () => {
    expect((await read('user=ADA@example.com')).data.map((e) => e.id)).toEqual([ids.ghost, ids.created]);
    expect((await read('outcome=failed')).data.map((e) => e.id)).toEqual([ids.failed]);
    expect((await read('family=console')).data.map((e) => e.id)).toEqual([ids.console]);
    expect((await read('q=create a project')).data.map((e) => e.id)).toEqual([ids.created]);
    expect((await read('q=%')).data).toEqual([]);
    const later = Math.floor(Date.now() / 1000) + 3600;
    expect((await read(`since=${later}`)).data).toEqual([]);
    expect((await read(`until=${later}`)).data).toHaveLength(5);
  });

  it('pages forwards and back by id', async () => {
    const first = await read('limit=2');
    expect(first.data.map((e) => e.id)).toEqual([ids.renamed, ids.console]);
    expect(first).toMatchObject({ has_newer: false, has_older: true });
    const second = await read(`limit=2&after=${first.last_id}`);
    expect(second.data.map((e) => e.id)).toEqual([ids.failed, ids.ghost]);
    expect(second).toMatchObject({ has_newer: true, has_older: true });
    const third = await read(`limit=2&after=${second.last_id}`);
    expect(third).toMatchObject({ has_newer: true, has_older: false });
    const back = await read(`limit=2&before=${second.first_id}`);
    expect(back.data.map((e) => e.id)).toEqual([ids.renamed, ids.console]);
    expect(back).toMatchObject({ has_newer: false, has_older: true });
  });

  it('exports what the filters select as CSV, with the upstream status', async () => {
    const response = await exportJournalCsv(sandbox.client, sandbox.handle.db, query('user=grace@example.com'), key);
    expect(response.headers.get('x-export-rows')).toBe('3');
    expect(response.headers.get('x-export-truncated')).toBeNull();
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Time (UTC),Console user,Role,Change,Operation,Method,Path,Target ids,Target names,Created ids,Outcome,HTTP status,Upstream request id,Error message,Finished (UTC),Upstream event (last 7 days),Entry',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('grace@example.com,operator,Update a project,projects.update');
    expect(lines[1]).toContain('event found (');
    expect(lines[2]).toContain('no upstream event expected');
    expect(lines[3]).toContain('failed,429,req_failed,Rate limited');
  });
});
