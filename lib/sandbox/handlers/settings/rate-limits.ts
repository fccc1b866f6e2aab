import 'server-only';
import { z } from 'zod';
import type { ListPage } from '@/lib/admin/types';
import type { Db } from '@/lib/server/db';
import { recordAuditEvent } from '../../audit';
import { invalidRequest, notFound } from '../../errors';
import { pathParam, type HandlerTable } from '../../handler';
import { parseLimit } from '../../pagination';
import { listObjects } from '../../store';
import { parseInput } from '../../validation';
import { SETTINGS_KIND, type ProjectRateLimit } from './kinds';
import { MODEL_CATALOGUE } from './models';
import { projectOwner } from './owner';
import {
  checkRateLimitChanges,
  modelOfRateLimit,
  rateLimitId,
  rateLimitObject,
  type RateLimitChanges,
} from './rate-limit-objects';
import { readStored, upsertStored } from './stored';

/*
 * Every project has one rate limit per catalogue model. Only limits someone changed are stored;
 * the rest are the catalogue's defaults, built on the fly. Lists are therefore the catalogue in
 * its order, each entry the stored object when there is one, paged in memory (a few dozen items).
 */

const kind = SETTINGS_KIND.projectRateLimit;

// The registry has validated the body already; this only gives it a type.
const limitValue = z.number().int().optional();
const changesBody = z.object({
  max_requests_per_1_minute: limitValue,
  max_tokens_per_1_minute: limitValue,
  max_images_per_1_minute: limitValue,
  max_audio_megabytes_per_1_minute: limitValue,
  max_requests_per_1_day: limitValue,
  batch_1_day_max_input_tokens: limitValue,
});

/** A project's rate limits, in catalogue order. */
async function projectRateLimits(db: Db, projectId: string): Promise<ProjectRateLimit[]> {
  const stored = await listObjects<ProjectRateLimit>(db, {
    kind,
    scope: projectId,
    direction: 'asc',
    limit: MODEL_CATALOGUE.length,
  });
  const changed = new Map(stored.map((row) => [row.id, row.data]));
  return MODEL_CATALOGUE.map(
    (model) => changed.get(rateLimitId(model.id)) ?? rateLimitObject(model),
  );
}

function cursorIndex(items: ProjectRateLimit[], id: string, name: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0)
    throw invalidRequest(
      `Invalid '${name}': no object with id '${id}' in this list.`,
      name,
      'invalid_cursor',
    );
  return index;
}

/** One page: `limit` 1..100 (default 100), `after`, or `before` (`after` wins if both). */
function pageOf(items: ProjectRateLimit[], query: Record<string, unknown>) {
  const limit = parseLimit(query.limit, { defaultLimit: 100, minLimit: 1, maxLimit: 100 });
  const after = typeof query.after === 'string' && query.after !== '' ? query.after : undefined;
  const before = typeof query.before === 'string' && query.before !== '' ? query.before : undefined;
  let start = 0;
  let end = Math.min(items.length, limit);
  if (after !== undefined) {
    start = cursorIndex(items, after, 'after') + 1;
    end = Math.min(items.length, start + limit);
  } else if (before !== undefined) {
    end = cursorIndex(items, before, 'before');
    start = Math.max(0, end - limit);
  }
  const data = items.slice(start, end);
  const page: ListPage<ProjectRateLimit> = {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: before !== undefined && after === undefined ? start > 0 : end < items.length,
  };
  return page;
}

export const rateLimitHandlers: HandlerTable = {
  'projects.rateLimits.listRateLimits': async (ctx) => {
    const owner = await projectOwner(ctx, null);
    return pageOf(await projectRateLimits(ctx.db, owner.id), ctx.query);
  },

  'projects.rateLimits.updateRateLimit': async (ctx) => {
    const owner = await projectOwner(ctx, 'rate limits');
    const id = pathParam(ctx, 'rate_limit_id');
    const model = modelOfRateLimit(id);
    if (!model) throw notFound('Rate limit', id, 'rate_limit_id');
    const changes: RateLimitChanges = parseInput(changesBody, ctx.body);
    checkRateLimitChanges(model, changes);
    const current =
      (await readStored<ProjectRateLimit>(ctx.db, kind, owner.scope, id)) ?? rateLimitObject(model);
    const updated = rateLimitObject(model, { ...current, ...changes });
    await upsertStored(ctx.db, kind, owner.scope, id, updated);
    await recordAuditEvent(ctx, {
      type: 'rate_limit.updated',
      project: { id: owner.id, name: owner.project?.name ?? null },
      details: { id, changes_requested: changes },
    });
    return updated;
  },
};
