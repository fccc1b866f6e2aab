import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVED_PROJECT_ID,
  lastChange,
  LEGAL_PROJECT_ID,
  MARKETING_PROJECT_ID,
  openSettingsTestEnv,
  SUPPORT_PROJECT_ID,
  type SettingsTestEnv,
} from './test-support';

let env: SettingsTestEnv;
let freshProjectId: string;
beforeAll(async () => {
  env = await openSettingsTestEnv();
  freshProjectId = (await env.client.admin.organization.projects.create({ name: 'Controls' })).id;
});
afterAll(() => env.close());

describe('data retention', () => {
  it('reads and changes the organization setting', async () => {
    const retention = env.client.admin.organization.dataRetention;
    expect(await retention.retrieve()).toEqual({
      object: 'organization.data_retention',
      type: 'modified_abuse_monitoring',
    });
    expect(await retention.update({ retention_type: 'zero_data_retention' })).toEqual({
      object: 'organization.data_retention',
      type: 'zero_data_retention',
    });
    expect((await retention.retrieve()).type).toBe('zero_data_retention');
    expect((await lastChange(env, 'organization.updated')).changes).toEqual({
      data_retention: { retention_type: 'zero_data_retention' },
    });
  });

  it('follows the organization by default and takes a project its own', async () => {
    const retention = env.client.admin.organization.projects.dataRetention;
    expect(await retention.retrieve(freshProjectId)).toEqual({
      object: 'project.data_retention',
      type: 'organization_default',
    });
    expect((await retention.retrieve(LEGAL_PROJECT_ID)).type).toBe('zero_data_retention');
    const set = await retention.update(freshProjectId, { retention_type: 'none' });
    expect(set).toEqual({ object: 'project.data_retention', type: 'none' });
    expect(await retention.retrieve(freshProjectId)).toEqual(set);
    expect((await lastChange(env, 'project.updated')).event.project?.id).toBe(freshProjectId);
  });

  it('refuses values of the other level and changes in archived projects', async () => {
    await expect(
      env.client.admin.organization.dataRetention.update({
        retention_type: 'none' as 'zero_data_retention',
      }),
    ).rejects.toMatchObject({ status: 400, param: 'retention_type' });
    await expect(
      env.client.admin.organization.projects.dataRetention.update(ARCHIVED_PROJECT_ID, {
        retention_type: 'none',
      }),
    ).rejects.toMatchObject({ status: 400, param: 'project_id' });
  });
});

describe('model permissions', () => {
  const permissions = () => env.client.admin.organization.projects.modelPermissions;

  it('answers an empty deny list when unset and the seeded lists otherwise', async () => {
    expect(await permissions().retrieve(freshProjectId)).toEqual({
      object: 'project.model_permissions',
      mode: 'deny_list',
      model_ids: [],
    });
    expect(await permissions().retrieve(SUPPORT_PROJECT_ID)).toMatchObject({
      mode: 'allow_list',
      model_ids: expect.arrayContaining(['gpt-4o-mini']),
    });
    expect((await permissions().retrieve(MARKETING_PROJECT_ID)).mode).toBe('deny_list');
  });

  it('sets a list, drops repeats, and resets on delete', async () => {
    const set = await permissions().update(freshProjectId, {
      mode: 'allow_list',
      model_ids: ['gpt-4.1', 'o3', 'gpt-4.1', 'gpt-4o-2024-08-06', 'ft:gpt-4o-mini:northwind::abc'],
    });
    expect(set).toEqual({
      object: 'project.model_permissions',
      mode: 'allow_list',
      model_ids: ['gpt-4.1', 'o3', 'gpt-4o-2024-08-06', 'ft:gpt-4o-mini:northwind::abc'],
    });
    expect(await permissions().retrieve(freshProjectId)).toEqual(set);
    expect((await lastChange(env, 'project.updated')).changes).toMatchObject({
      model_permissions: { mode: 'allow_list' },
    });
    expect(await permissions().delete(freshProjectId)).toEqual({
      object: 'project.model_permissions.deleted',
      deleted: true,
    });
    expect((await lastChange(env, 'project.updated')).changes).toEqual({ model_permissions: null });
    expect((await permissions().retrieve(freshProjectId)).model_ids).toEqual([]);
  });

  it('refuses unknown models, bad modes and archived projects', async () => {
    await expect(
      permissions().update(freshProjectId, { mode: 'deny_list', model_ids: ['o3', 'gpt-99'] }),
    ).rejects.toMatchObject({ status: 400, param: 'model_ids[1]' });
    await expect(
      permissions().update(freshProjectId, { mode: 'block' as 'deny_list', model_ids: [] }),
    ).rejects.toMatchObject({ status: 400, param: 'mode' });
    await expect(permissions().delete(ARCHIVED_PROJECT_ID)).rejects.toMatchObject({ status: 400 });
    await expect(permissions().retrieve('proj_unknown')).rejects.toMatchObject({ status: 404 });
  });
});

describe('hosted tool permissions', () => {
  const tools = () => env.client.admin.organization.projects.hostedToolPermissions;
  const allOn = {
    file_search: { enabled: true },
    web_search: { enabled: true },
    image_generation: { enabled: true },
    mcp: { enabled: true },
    code_interpreter: { enabled: true },
  };

  it('has every tool on by default and the seeded ones off', async () => {
    expect(await tools().retrieve(freshProjectId)).toEqual(allOn);
    const legal = await tools().retrieve(LEGAL_PROJECT_ID);
    expect(legal.web_search.enabled).toBe(false);
    expect(legal.file_search.enabled).toBe(true);
  });

  it('changes only the tools named', async () => {
    const updated = await tools().update(freshProjectId, {
      web_search: { enabled: false },
      mcp: null,
    });
    expect(updated).toEqual({ ...allOn, web_search: { enabled: false } });
    expect(await tools().retrieve(freshProjectId)).toEqual(updated);
    expect((await lastChange(env, 'project.updated')).changes).toEqual({
      hosted_tool_permissions: { web_search: { enabled: false } },
    });
    const back = await tools().update(freshProjectId, { web_search: { enabled: true } });
    expect(back).toEqual(allOn);
  });

  it('refuses an empty update and archived projects', async () => {
    await expect(tools().update(freshProjectId, {})).rejects.toMatchObject({ status: 400 });
    await expect(
      tools().update(ARCHIVED_PROJECT_ID, { mcp: { enabled: false } }),
    ).rejects.toMatchObject({ status: 400, param: 'project_id' });
  });
});
