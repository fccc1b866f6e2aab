import { NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVED_PROJECT_ID,
  INTERN_PROJECT_ID,
  lastChange,
  MARKETING_PROJECT_ID,
  openSettingsTestEnv,
  type SettingsTestEnv,
} from './test-support';

let env: SettingsTestEnv;
beforeAll(async () => {
  env = await openSettingsTestEnv();
});
afterAll(() => env.close());

const limitBody = (cents: number) => ({
  threshold_amount: cents,
  currency: 'USD' as const,
  interval: 'month' as const,
});

describe('organization spend limit', () => {
  it('reads the seeded limit, replaces it, deletes it and 404s once gone', async () => {
    const limit = env.client.admin.organization.spendLimit;
    expect(await limit.retrieve()).toEqual({
      object: 'organization.spend_limit',
      threshold_amount: 3_000_000,
      currency: 'USD',
      interval: 'month',
      enforcement: { status: 'inactive' },
    });
    const replaced = await limit.update(limitBody(4_000_000));
    expect(replaced).toMatchObject({
      object: 'organization.spend_limit',
      threshold_amount: 4_000_000,
    });
    expect(await limit.retrieve()).toEqual(replaced);
    expect((await lastChange(env, 'organization.updated')).changes).toEqual({
      spend_limit: limitBody(4_000_000),
    });

    expect(await limit.delete()).toEqual({
      object: 'organization.spend_limit.deleted',
      deleted: true,
    });
    expect((await lastChange(env, 'organization.updated')).changes).toEqual({ spend_limit: null });
    await expect(limit.retrieve()).rejects.toBeInstanceOf(NotFoundError);
    await expect(limit.delete()).rejects.toMatchObject({ status: 404 });

    // Setting one again creates it.
    expect((await limit.update(limitBody(3_000_000))).threshold_amount).toBe(3_000_000);
  });

  it('refuses a zero or fractional limit', async () => {
    const limit = env.client.admin.organization.spendLimit;
    await expect(limit.update(limitBody(0))).rejects.toMatchObject({
      status: 400,
      param: 'threshold_amount',
    });
    await expect(limit.update(limitBody(10.5))).rejects.toMatchObject({ status: 400 });
  });
});

describe('project spend limit', () => {
  const limit = () => env.client.admin.organization.projects.spendLimit;

  it('shows a seeded project that has reached its limit as enforcing', async () => {
    expect(await limit().retrieve(MARKETING_PROJECT_ID)).toEqual({
      object: 'project.spend_limit',
      threshold_amount: 50_000,
      currency: 'USD',
      interval: 'month',
      enforcement: { status: 'enforcing' },
    });
    // Replacing the limit lifts the enforcement.
    const raised = await limit().update(MARKETING_PROJECT_ID, limitBody(80_000));
    expect(raised.enforcement.status).toBe('inactive');
    const { event, changes } = await lastChange(env, 'project.updated');
    expect(event.project?.id).toBe(MARKETING_PROJECT_ID);
    expect(changes).toEqual({ spend_limit: limitBody(80_000) });
  });

  it('sets and removes the limit of a new project', async () => {
    const project = await env.client.admin.organization.projects.create({ name: 'Budgeted' });
    await expect(limit().retrieve(project.id)).rejects.toMatchObject({ status: 404 });
    const set = await limit().update(project.id, limitBody(12_345));
    expect(set).toMatchObject({ object: 'project.spend_limit', threshold_amount: 12_345 });
    expect(await limit().retrieve(project.id)).toEqual(set);
    expect(await limit().delete(project.id)).toEqual({
      object: 'project.spend_limit.deleted',
      deleted: true,
    });
    await expect(limit().retrieve(project.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps archived projects read-only and unknown ones 404', async () => {
    expect((await limit().retrieve(INTERN_PROJECT_ID)).threshold_amount).toBe(10_000);
    await expect(limit().update(INTERN_PROJECT_ID, limitBody(1))).rejects.toMatchObject({
      status: 400,
      param: 'project_id',
    });
    await expect(limit().delete(ARCHIVED_PROJECT_ID)).rejects.toMatchObject({ status: 400 });
    await expect(limit().retrieve('proj_unknown')).rejects.toMatchObject({
      status: 404,
      param: 'project_id',
    });
  });
});
