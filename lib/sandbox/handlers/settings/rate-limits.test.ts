import { NotFoundError } from 'openai';
import type { ProjectRateLimit } from 'openai/resources/admin/organization/projects/rate-limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxCall } from '../../test-server';
import { MODEL_CATALOGUE } from './models';
import {
  ARCHIVED_PROJECT_ID,
  auditEvents,
  INTERN_PROJECT_ID,
  openSettingsTestEnv,
  SUPPORT_PROJECT_ID,
  type SettingsTestEnv,
} from './test-support';

let env: SettingsTestEnv;
let projectId: string;
beforeAll(async () => {
  env = await openSettingsTestEnv();
  projectId = (await env.client.admin.organization.projects.create({ name: 'Limits' })).id;
});
afterAll(() => env.close());

const rateLimits = () => env.client.admin.organization.projects.rateLimits;
const byModel = (list: ProjectRateLimit[], model: string) => list.find((l) => l.model === model);

describe('project rate limits', () => {
  it('lists one limit per model on one page, with only the fields each model has', async () => {
    const page = await rateLimits().listRateLimits(projectId);
    expect(page.data).toHaveLength(MODEL_CATALOGUE.length);
    expect(page.has_more).toBe(false);
    expect(byModel(page.data, 'gpt-4o')).toEqual({
      object: 'project.rate_limit',
      id: 'rl-gpt-4o',
      model: 'gpt-4o',
      max_requests_per_1_minute: 10_000,
      max_tokens_per_1_minute: 30_000_000,
      batch_1_day_max_input_tokens: 5_000_000_000,
    });
    expect(byModel(page.data, 'gpt-image-1')?.max_images_per_1_minute).toBe(250);
    expect(byModel(page.data, 'whisper-1')).toHaveProperty('max_audio_megabytes_per_1_minute');
    expect(byModel(page.data, 'computer-use-preview')).toHaveProperty('max_requests_per_1_day');
    expect(byModel(page.data, 'tts-1')).not.toHaveProperty('batch_1_day_max_input_tokens');
  });

  it('pages with limit, after and before, and the SDK walks every page', async () => {
    const all = (await rateLimits().listRateLimits(projectId)).data.map((l) => l.id);
    const walked: string[] = [];
    for await (const limit of rateLimits().listRateLimits(projectId, { limit: 5 })) {
      walked.push(limit.id);
    }
    expect(walked).toEqual(all);
    const after = await rateLimits().listRateLimits(projectId, { after: all[2], limit: 3 });
    expect(after.data.map((l) => l.id)).toEqual(all.slice(3, 6));
    expect(after).toMatchObject({ last_id: all[5], has_more: true });
    const raw = await sandboxCall(env.handle.db, {
      path: `/organization/projects/${projectId}/rate_limits?limit=2&after=${all[0]}`,
    });
    expect(raw.json).toMatchObject({ object: 'list', first_id: all[1], last_id: all[2] });
    const before = await rateLimits().listRateLimits(projectId, { before: all[4], limit: 3 });
    expect(before.data.map((l) => l.id)).toEqual(all.slice(1, 4));
    const bad = await sandboxCall(env.handle.db, {
      path: `/organization/projects/${projectId}/rate_limits?after=rl-nope`,
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { param: 'after' } });
  });

  it('lowers a limit, keeps it on later lists, and logs rate_limit.updated', async () => {
    const updated = await rateLimits().updateRateLimit('rl-gpt-4o-mini', {
      project_id: projectId,
      max_requests_per_1_minute: 500,
      batch_1_day_max_input_tokens: 1_000_000,
    });
    expect(updated).toEqual({
      object: 'project.rate_limit',
      id: 'rl-gpt-4o-mini',
      model: 'gpt-4o-mini',
      max_requests_per_1_minute: 500,
      max_tokens_per_1_minute: 150_000_000,
      batch_1_day_max_input_tokens: 1_000_000,
    });
    const list = (await rateLimits().listRateLimits(projectId)).data;
    expect(byModel(list, 'gpt-4o-mini')).toEqual(updated);
    const [event] = await auditEvents(env, 'rate_limit.updated');
    expect(event).toMatchObject({
      project: { id: projectId, name: 'Limits' },
      'rate_limit.updated': {
        id: 'rl-gpt-4o-mini',
        changes_requested: {
          max_requests_per_1_minute: 500,
          batch_1_day_max_input_tokens: 1_000_000,
        },
      },
    });
  });

  it('refuses limits above the organization’s, limits a model lacks, and zero', async () => {
    const update = (id: string, body: Record<string, number>) =>
      rateLimits().updateRateLimit(id, { project_id: projectId, ...body });
    await expect(
      update('rl-gpt-4o', { max_tokens_per_1_minute: 30_000_001 }),
    ).rejects.toMatchObject({ status: 400, param: 'max_tokens_per_1_minute' });
    await expect(update('rl-gpt-4o', { max_images_per_1_minute: 5 })).rejects.toMatchObject({
      status: 400,
      param: 'max_images_per_1_minute',
    });
    await expect(update('rl-o3', { max_requests_per_1_minute: 0 })).rejects.toMatchObject({
      status: 400,
      param: 'max_requests_per_1_minute',
    });
    await expect(update('rl-o3', {})).rejects.toMatchObject({ status: 400 });
    await expect(update('rl-gpt-99', { max_requests_per_1_minute: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('shows seeded customisations and keeps archived projects read-only', async () => {
    const support = (await rateLimits().listRateLimits(SUPPORT_PROJECT_ID)).data;
    expect(byModel(support, 'gpt-4o')?.max_requests_per_1_minute).toBe(2_000);
    expect(byModel(support, 'o3')?.max_requests_per_1_minute).toBe(10_000);
    const intern = (await rateLimits().listRateLimits(INTERN_PROJECT_ID)).data;
    expect(byModel(intern, 'gpt-4o-mini')?.max_requests_per_1_minute).toBe(300);
    await expect(
      rateLimits().updateRateLimit('rl-gpt-4o', {
        project_id: ARCHIVED_PROJECT_ID,
        max_requests_per_1_minute: 1,
      }),
    ).rejects.toMatchObject({ status: 400, param: 'project_id' });
    await expect(rateLimits().listRateLimits('proj_unknown')).rejects.toBeInstanceOf(NotFoundError);
  });
});
