import { z } from 'zod';

// Field schemas shared by the registry (server) and the forms (browser). Kept apart from
// operations.ts so a form does not pull the whole registry into its page's bundle.

/** A human-readable name: trimmed, non-empty, bounded. */
export const nameString = (max = 256) =>
  z.string().trim().min(1, 'Enter a name.').max(max, `Use at most ${max} characters.`);

/** A project's name, as create and update take it. */
export const projectNameSchema = nameString();

/** A custom role's name (organization or project), as create and update take it. */
export const roleNameSchema = nameString();
/** A custom role's optional description. */
export const roleDescriptionSchema = z.string().max(2000, 'Use at most 2000 characters.');
/** One permission name a role grants, e.g. `api.groups.read`. */
export const permissionNameSchema = z.string().trim().min(1).max(256);
