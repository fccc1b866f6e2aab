import 'server-only';
import { SETTINGS_KIND } from '../settings/kinds';
import { readKind, timeBetween, type SeedEvent } from './seed-events';
import {
  automationActor,
  ownerSession,
  projectEnd,
  projectRef,
  type Chapter,
  type Story,
} from './seed-story';

// The settings family's stored (non-default) settings (see handlers/settings/kinds.ts), logged as
// its handlers log them: `organization.updated` / `project.updated` naming the setting, and
// `rate_limit.updated` for lowered limits. Their objects carry no time, so one is picked in the
// life of the project (or organization).

const DAY = 86_400;

type Fields = Record<string, unknown>;

/** What changes_requested shows for each setting, by kind. */
const SETTINGS: { kind: string; setting: string; change: (data: Fields) => unknown }[] = [
  {
    kind: SETTINGS_KIND.dataRetention,
    setting: 'data_retention',
    change: (d) => ({ retention_type: d.type }),
  },
  {
    kind: SETTINGS_KIND.modelPermissions,
    setting: 'model_permissions',
    change: (d) => ({ mode: d.mode, model_ids: d.model_ids }),
  },
  {
    kind: SETTINGS_KIND.hostedToolPermissions,
    setting: 'hosted_tool_permissions',
    change: withoutObject,
  },
  { kind: SETTINGS_KIND.spendLimit, setting: 'spend_limit', change: withoutObject },
  {
    kind: SETTINGS_KIND.spendAlert,
    setting: 'spend_alert',
    change: (d) => ({ action: 'created', ...withoutObject(d) }),
  },
];

function withoutObject(data: Fields): Fields {
  const rest = { ...data };
  delete rest.object;
  delete rest.enforcement;
  return rest;
}

async function settingEvents(story: Story): Promise<SeedEvent[]> {
  const orgStart = story.owners.owners[0]?.added_at ?? story.base;
  const events: SeedEvent[] = [];
  for (const { kind, setting, change } of SETTINGS) {
    for (const { scope, data } of await readKind<Fields>(story.db, kind)) {
      const project = scope === '' ? null : story.projects.get(scope);
      if (project === undefined) continue;
      const at = project
        ? timeBetween(story.random, project.created_at + DAY, projectEnd(story, project))
        : timeBetween(story.random, orgStart + 2 * DAY, orgStart + 60 * DAY);
      const changes = { [setting]: change(data) };
      events.push(
        project
          ? {
              type: 'project.updated',
              at,
              actor: ownerSession(story, at),
              project: projectRef(project),
              details: { id: project.id, changes_requested: changes },
            }
          : {
              type: 'organization.updated',
              at,
              actor: ownerSession(story, at),
              details: { id: story.organizationId, changes_requested: changes },
            },
      );
    }
  }
  return events;
}

/** Lowered project rate limits: changes_requested carries the limits as they now stand. */
async function rateLimitEvents(story: Story): Promise<SeedEvent[]> {
  const rows = await readKind<Fields>(story.db, SETTINGS_KIND.projectRateLimit);
  return rows.flatMap(({ scope, id, data }): SeedEvent[] => {
    const project = story.projects.get(scope);
    if (!project) return [];
    const limits = Object.fromEntries(
      Object.entries(data).filter(
        ([name, value]) => /^(max|batch)_/.test(name) && typeof value === 'number',
      ),
    );
    const at = timeBetween(story.random, project.created_at + DAY, projectEnd(story, project));
    return [
      {
        type: 'rate_limit.updated',
        at,
        actor: automationActor(story, at),
        project: projectRef(project),
        details: { id, changes_requested: limits },
      },
    ];
  });
}

export const settingsChapter: Chapter = async (story) => [
  ...(await settingEvents(story)),
  ...(await rateLimitEvents(story)),
];
