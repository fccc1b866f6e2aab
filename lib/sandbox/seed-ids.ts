import 'server-only';
import { ID_PREFIX } from './model';
import { stableObjectId } from './random';
import { DEFAULT_PROJECT_NAME } from './seed-data';

// Seed objects' ids derive from their names, so they are the same on every install.
export const SANDBOX_ORGANIZATION_ID = stableObjectId(ID_PREFIX.organization, 'organization');
export const seedProjectId = (name: string) => stableObjectId(ID_PREFIX.project, `project:${name}`);
export const seedUserId = (name: string) => stableObjectId(ID_PREFIX.user, `user:${name}`);
export const SANDBOX_DEFAULT_PROJECT_ID = seedProjectId(DEFAULT_PROJECT_NAME);
