import 'server-only';
import { z } from 'zod';
import type { HandlerTable } from '../../handler';
import { parseInput } from '../../validation';
import { DEFAULT_ORGANIZATION_RETENTION, DEFAULT_PROJECT_RETENTION } from './defaults';
import {
  SETTINGS_KIND,
  type DataRetentionObject,
  type OrganizationDataRetention,
  type ProjectDataRetention,
} from './kinds';
import { auditSettingsChange, resolveOwner, type SettingsLevel } from './owner';
import { readStored, upsertStored } from './stored';

const ORGANIZATION_TYPES = [
  'zero_data_retention',
  'modified_abuse_monitoring',
  'enhanced_zero_data_retention',
  'enhanced_modified_abuse_monitoring',
] as const satisfies readonly OrganizationDataRetention['type'][];

/** Projects may also follow the organization, or opt out of any retention control. */
const PROJECT_TYPES = [
  'organization_default',
  'none',
  ...ORGANIZATION_TYPES,
] as const satisfies readonly ProjectDataRetention['type'][];

// The registry has validated the bodies already; these only give them a type.
const organizationBody = z.object({ retention_type: z.enum(ORGANIZATION_TYPES) });
const projectBody = z.object({ retention_type: z.enum(PROJECT_TYPES) });

function requestedSetting(level: SettingsLevel, body: unknown): DataRetentionObject {
  return level === 'organization'
    ? { ...DEFAULT_ORGANIZATION_RETENTION, type: parseInput(organizationBody, body).retention_type }
    : { ...DEFAULT_PROJECT_RETENTION, type: parseInput(projectBody, body).retention_type };
}

/** Retrieve and update the data retention setting of one level. */
export function dataRetentionHandlers(level: SettingsLevel, prefix: string): HandlerTable {
  const fallback: DataRetentionObject =
    level === 'organization' ? DEFAULT_ORGANIZATION_RETENTION : DEFAULT_PROJECT_RETENTION;
  return {
    [`${prefix}.retrieve`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, null);
      const kind = SETTINGS_KIND.dataRetention;
      return (await readStored(ctx.db, kind, owner.scope, owner.id)) ?? fallback;
    },

    [`${prefix}.update`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, 'data retention');
      const setting = requestedSetting(level, ctx.body);
      await upsertStored(ctx.db, SETTINGS_KIND.dataRetention, owner.scope, owner.id, setting);
      await auditSettingsChange(ctx, owner, 'data_retention', { retention_type: setting.type });
      return setting;
    },
  };
}
