import { BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVED_PROJECT_ID,
  lastChange,
  openSettingsTestEnv,
  SUPPORT_PROJECT_ID,
  type SettingsTestEnv,
} from './test-support';

let env: SettingsTestEnv;
beforeAll(async () => {
  env = await openSettingsTestEnv();
});
afterAll(() => env.close());

const alertBody = (threshold: number, recipients = ['ops@northwind-robotics.com']) => ({
  threshold_amount: threshold,
  currency: 'USD' as const,
  interval: 'month' as const,
  notification_channel: { type: 'email' as const, recipients },
});

describe('organization spend alerts', () => {
  it('lists the seeded budget alerts in order', async () => {
    const page = await env.client.admin.organization.spendAlerts.list();
    expect(page.data.map((a) => a.threshold_amount)).toEqual([1_250_000, 2_000_000, 2_500_000]);
    for (const alert of page.data) {
      expect(alert).toMatchObject({ object: 'organization.spend_alert', currency: 'USD' });
      expect(alert.id).toMatch(/^alert_[A-Za-z0-9]{24}$/);
      expect(alert.notification_channel.recipients).toContain('finance@northwind-robotics.com');
    }
  });

  it('creates, retrieves, replaces and deletes an alert, logging each change', async () => {
    const alerts = env.client.admin.organization.spendAlerts;
    const created = await alerts.create({
      ...alertBody(500_000, ['cfo@northwind-robotics.com', 'CFO@northwind-robotics.com']),
      notification_channel: {
        type: 'email',
        recipients: ['cfo@northwind-robotics.com', 'CFO@northwind-robotics.com'],
        subject_prefix: 'Heads up',
      },
    });
    expect(created).toEqual({
      id: expect.stringMatching(/^alert_/),
      object: 'organization.spend_alert',
      threshold_amount: 500_000,
      currency: 'USD',
      interval: 'month',
      notification_channel: {
        type: 'email',
        recipients: ['cfo@northwind-robotics.com'],
        subject_prefix: 'Heads up',
      },
    });
    expect((await lastChange(env, 'organization.updated')).changes).toMatchObject({
      spend_alert: { action: 'created', id: created.id },
    });
    expect(await alerts.retrieve(created.id)).toEqual(created);

    const updated = await alerts.update(created.id, alertBody(750_000));
    expect(updated).toMatchObject({ id: created.id, threshold_amount: 750_000 });
    expect(updated.notification_channel.subject_prefix).toBeNull();
    expect((await lastChange(env, 'organization.updated')).changes).toMatchObject({
      spend_alert: { action: 'updated', threshold_amount: 750_000 },
    });

    expect(await alerts.delete(created.id)).toEqual({
      id: created.id,
      object: 'organization.spend_alert.deleted',
      deleted: true,
    });
    expect((await lastChange(env, 'organization.updated')).changes).toEqual({
      spend_alert: { action: 'deleted', id: created.id },
    });
    await expect(alerts.retrieve(created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(alerts.delete(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it('pages forwards, backwards and newest first', async () => {
    const alerts = env.client.admin.organization.spendAlerts;
    for (const cents of [100, 200, 300, 400]) await alerts.create(alertBody(cents));
    const all = (await alerts.list({ limit: 100 })).data.map((a) => a.id);
    expect(all).toHaveLength(7);
    const walked: string[] = [];
    for await (const alert of alerts.list({ limit: 2 })) walked.push(alert.id);
    expect(walked).toEqual(all);
    const newest = await alerts.list({ order: 'desc', limit: 3 });
    expect(newest.data.map((a) => a.id)).toEqual(all.slice(-3).reverse());
    const before = await alerts.list({ before: all[4], limit: 2 });
    expect(before.data.map((a) => a.id)).toEqual(all.slice(2, 4));
    expect(before.has_more).toBe(true);
  });

  it('refuses invalid bodies with the offending param', async () => {
    const alerts = env.client.admin.organization.spendAlerts;
    await expect(alerts.create(alertBody(-1))).rejects.toMatchObject({
      status: 400,
      param: 'threshold_amount',
    });
    await expect(alerts.create(alertBody(100, ['not-an-email']))).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(alerts.create(alertBody(100, []))).rejects.toMatchObject({ status: 400 });
  });
});

describe('project spend alerts', () => {
  const alerts = () => env.client.admin.organization.projects.spendAlerts;

  it('lists a budgeted project’s seeded alerts at 80% and 100%', async () => {
    const page = await alerts().list(SUPPORT_PROJECT_ID);
    expect(page.data.map((a) => a.threshold_amount)).toEqual([640_000, 800_000]);
    expect(page.data.every((a) => a.object === 'project.spend_alert')).toBe(true);
  });

  it('manages a project’s alerts and keeps them apart from other scopes', async () => {
    const created = await alerts().create(SUPPORT_PROJECT_ID, alertBody(900_000));
    expect(created.object).toBe('project.spend_alert');
    const { event, changes } = await lastChange(env, 'project.updated');
    expect(event.project?.id).toBe(SUPPORT_PROJECT_ID);
    expect(changes).toMatchObject({ spend_alert: { action: 'created', id: created.id } });
    expect(await alerts().retrieve(created.id, { project_id: SUPPORT_PROJECT_ID })).toEqual(
      created,
    );
    const moved = await alerts().update(created.id, {
      project_id: SUPPORT_PROJECT_ID,
      ...alertBody(950_000),
    });
    expect(moved.threshold_amount).toBe(950_000);
    await expect(env.client.admin.organization.spendAlerts.retrieve(created.id)).rejects.toThrow(
      NotFoundError,
    );
    expect(await alerts().delete(created.id, { project_id: SUPPORT_PROJECT_ID })).toEqual({
      id: created.id,
      object: 'project.spend_alert.deleted',
      deleted: true,
    });
  });

  it('answers 404 for unknown projects and refuses changes in archived ones', async () => {
    await expect(alerts().list('proj_unknown')).rejects.toBeInstanceOf(NotFoundError);
    expect((await alerts().list(ARCHIVED_PROJECT_ID)).data).toEqual([]);
    await expect(alerts().create(ARCHIVED_PROJECT_ID, alertBody(100))).rejects.toMatchObject({
      status: 400,
      param: 'project_id',
    });
  });
});
