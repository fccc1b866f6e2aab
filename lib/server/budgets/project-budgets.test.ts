import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFaults } from '@/lib/sandbox/faults/setting';
import { collect, openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { clearAll } from '../directory/shared-cache';
import { invalidateAfter } from '../directory/directory';
import { readProjectBudgetsPage } from './project-budgets';

describe('every project’s budgets, a page at a time, against the sandbox', () => {
  let sandbox: TestSandbox;
  const alertBody = (cents: number) => ({
    threshold_amount: cents,
    currency: 'USD' as const,
    interval: 'month' as const,
    notification_channel: { type: 'email' as const, recipients: ['finance@example.com'] },
  });

  beforeAll(async () => {
    sandbox = await openTestSandbox();
    clearAll();
  });
  afterAll(() => sandbox.close());

  it('answers pages of rows with names, archived flags, limits and alerts, lowest threshold first', async () => {
    const projects = await collect(sandbox.org.projects.list({ limit: 100, include_archived: true }));
    const first = await readProjectBudgetsPage(sandbox.client, 0, 5);
    const rest = await readProjectBudgetsPage(sandbox.client, 5, 100);
    expect(first.total).toBe(projects.length);
    expect(first.rows).toHaveLength(5);
    const rows = [...first.rows, ...rest.rows];
    expect(rows.map((r) => r.project.id)).toEqual(projects.map((p) => p.id));
    expect(rows.filter((r) => r.project.archived).map((r) => r.project.id)).toEqual(projects.filter((p) => p.status === 'archived').map((p) => p.id));
    expect(rows.every((r) => r.error === null)).toBe(true);
    expect(rows.some((r) => r.alerts.length > 1)).toBe(true); // the seed has projects with alerts
    for (const row of rows) {
      const thresholds = row.alerts.map((a) => a.threshold_amount);
      expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
    }
  });

  it('keeps each project’s copy until a change made through the console marks that project stale', async () => {
    const project = await sandbox.org.projects.create({ name: 'Budgets cache test' });
    expect((await readProjectBudgetsPage(sandbox.client, 0, 100)).rows.some((r) => r.project.id === project.id)).toBe(false); // list cached
    invalidateAfter('projects.create', {});
    const find = async () => (await readProjectBudgetsPage(sandbox.client, 0, 100)).rows.find((r) => r.project.id === project.id);
    expect(await find()).toMatchObject({ project: { name: 'Budgets cache test', archived: false }, limit: null, alerts: [] });

    await sandbox.org.projects.spendAlerts.create(project.id, alertBody(50_000));
    await sandbox.org.projects.spendLimit.update(project.id, { threshold_amount: 100_000, currency: 'USD', interval: 'month' });
    expect((await find())?.alerts).toEqual([]); // still the cached copy
    invalidateAfter('projects.spendAlerts.create', { project_id: 'proj_someone_else' });
    expect((await find())?.alerts).toEqual([]);
    invalidateAfter('projects.spendLimit.update', { project_id: project.id });
    const row = await find();
    expect(row?.alerts.map((a) => a.threshold_amount)).toEqual([50_000]);
    expect(row?.limit?.threshold_amount).toBe(100_000);
  });

  it('gives a project that cannot be read a row with the upstream message; the others still answer', async () => {
    const project = await sandbox.org.projects.create({ name: 'Budgets failure test' });
    invalidateAfter('projects.create', {});
    await addFaults(sandbox.handle.db, `503;path=/organization/projects/${project.id}/spend_alerts;method=GET;times=1:1`);
    const page = await readProjectBudgetsPage(sandbox.client, 0, 100);
    const failed = page.rows.find((r) => r.project.id === project.id);
    expect(failed?.error?.message).toMatch(/answered with an error \(503\)/);
    expect(page.rows.filter((r) => r.error)).toHaveLength(1);
    // Failures are not kept: the next read tries again.
    const again = await readProjectBudgetsPage(sandbox.client, 0, 100);
    expect(again.rows.find((r) => r.project.id === project.id)?.error).toBeNull();
  });

  it('answers a page whose every project failed with rows that say why, not a failed page', async () => {
    const project = await sandbox.org.projects.create({ name: 'Budgets lone failure test' });
    invalidateAfter('projects.create', {});
    const list = await collect(sandbox.org.projects.list({ limit: 100, include_archived: true }));
    const at = list.findIndex((p) => p.id === project.id);
    invalidateAfter('projects.spendLimit.update', { project_id: project.id });
    await addFaults(sandbox.handle.db, `503;path=/organization/projects/${project.id}/spend_limit;method=GET;times=1:1`);
    const page = await readProjectBudgetsPage(sandbox.client, at, 1);
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]?.error?.message).toMatch(/answered with an error \(503\)/);
  });

  it('fails the page when the project list itself cannot be read', async () => {
    invalidateAfter('projects.update', {});
    await addFaults(sandbox.handle.db, '503;path=/organization/projects;method=GET;times=1:1');
    await expect(readProjectBudgetsPage(sandbox.client, 0, 5)).rejects.toThrow();
  });
});
