import 'server-only';
import { recordAuditEvent } from '../audit';
import { cascade } from '../cascade';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/server/db';
import type { HandlerTable, SandboxContext } from '../handler';
import { pathParam } from '../handler';
import { invalidRequest } from '../errors';
import { ID_PREFIX, KIND, type ProjectObject } from '../model';
import { paginate } from '../pagination';
import { newObjectId } from '../random';
import { parseInput } from '../validation';
import { field } from '../store';
import { insertObject, updateObject } from '../store-writes';
import { queryBoolean, refuseIfArchived, requireProject } from './lookup';

const MAX_NAME_LENGTH = 255;

const createBody = z.object({
  name: z.string(),
  external_key_id: z.string().nullish(),
  geography: z.string().nullish(),
});

const updateBody = z.object({
  name: z.string().nullish(),
  external_key_id: z.string().nullish(),
  geography: z.string().nullish(),
});

function projectName(value: string): string {
  const name = value.trim();
  if (name === '')
    throw invalidRequest(
      "Invalid 'name': the project name must not be empty.",
      'name',
      'invalid_value',
    );
  if (name.length > MAX_NAME_LENGTH) {
    throw invalidRequest(
      `Invalid 'name': string too long. Expected a string with maximum length ${MAX_NAME_LENGTH}, but got a string with length ${name.length} instead.`,
      'name',
      'invalid_value',
    );
  }
  return name;
}

function refuseIfDefault(ctx: SandboxContext, project: ProjectObject, what: string): void {
  if (project.id === ctx.organization.defaultProjectId) {
    throw invalidRequest(`The default project cannot be ${what}.`, 'project_id', 'default_project');
  }
}

/** A project's own events are scoped to it too. */
function recordProjectEvent(
  ctx: SandboxContext,
  db: Db,
  project: ProjectObject,
  type: 'project.created' | 'project.updated' | 'project.archived',
  details: Record<string, unknown>,
) {
  const scope = { id: project.id, name: project.name };
  return recordAuditEvent({ ...ctx, db }, { type, project: scope, details });
}

export const projectHandlers: HandlerTable = {
  'projects.list': async (ctx) => {
    const includeArchived = queryBoolean(ctx.query.include_archived, 'include_archived');
    return paginate(
      ctx.db,
      { kind: KIND.project, where: includeArchived ? undefined : eq(field('status'), 'active') },
      ctx.query,
    );
  },

  'projects.create': async (ctx) => {
    const body = parseInput(createBody, ctx.body);
    const project: ProjectObject = {
      id: newObjectId(ID_PREFIX.project),
      object: 'organization.project',
      name: projectName(body.name),
      created_at: ctx.now,
      archived_at: null,
      status: 'active',
      external_key_id: body.external_key_id ?? null,
    };
    await ctx.db.transaction(async (tx) => {
      await insertObject(tx, { kind: KIND.project, id: project.id, data: project });
      await recordProjectEvent(ctx, tx, project, 'project.created', {
        id: project.id,
        data: { name: project.name, title: project.name },
      });
    });
    return project;
  },

  'projects.retrieve': (ctx) => requireProject(ctx.db, pathParam(ctx, 'project_id')),

  'projects.update': async (ctx) => {
    const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
    const body = parseInput(updateBody, ctx.body);
    refuseIfDefault(ctx, project, 'modified');
    refuseIfArchived(project, 'archived projects cannot be modified.');
    const updated: ProjectObject = {
      ...project,
      name: body.name == null ? project.name : projectName(body.name),
      external_key_id:
        body.external_key_id === undefined ? project.external_key_id : body.external_key_id,
    };
    // The API's changes_requested names the title; external_key_id is kept beside it when sent.
    const changes: Record<string, unknown> = {};
    if (body.name != null) changes.title = updated.name;
    if (body.external_key_id !== undefined) changes.external_key_id = updated.external_key_id;
    await ctx.db.transaction(async (tx) => {
      await updateObject(tx, KIND.project, '', project.id, updated);
      await recordProjectEvent(ctx, tx, updated, 'project.updated', {
        id: project.id,
        changes_requested: changes,
      });
    });
    return updated;
  },

  'projects.archive': async (ctx) => {
    const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
    refuseIfDefault(ctx, project, 'archived');
    // Archiving twice changes nothing: the project keeps its first archived_at.
    if (project.status === 'archived') return project;
    const archived: ProjectObject = { ...project, status: 'archived', archived_at: ctx.now };
    await ctx.db.transaction(async (tx) => {
      await updateObject(tx, KIND.project, '', project.id, archived);
      await cascade('projectArchived', tx, project.id);
      await recordProjectEvent(ctx, tx, project, 'project.archived', { id: project.id });
    });
    return archived;
  },
};
