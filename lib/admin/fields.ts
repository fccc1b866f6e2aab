import { z } from 'zod';

// Field schemas shared by the registry (server) and the forms (browser). Kept apart from
// operations.ts so a form does not pull the whole registry into its page's bundle.

/** A human-readable name: trimmed, non-empty, bounded. */
export const nameString = (max = 256) =>
  z.string().trim().min(1, 'Enter a name.').max(max, `Use at most ${max} characters.`);

/** A project's name, as create and update take it. */
export const projectNameSchema = nameString();
