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

/** A spend alert, created or replaced (organization or project): the threshold is in cents. */
export const spendAlertBodySchema = z
  .object({
    threshold_amount: z.number().int().min(0),
    currency: z.enum(['USD']),
    interval: z.enum(['month']),
    notification_channel: z
      .object({
        type: z.enum(['email']),
        recipients: z.array(z.email()).min(1, 'Add at least one recipient.'),
        subject_prefix: z.string().max(256, 'Use at most 256 characters.').nullish(),
      })
      .strict(),
  })
  .strict();
export type SpendAlertBody = z.infer<typeof spendAlertBodySchema>;

/** A hard spend limit, created or replaced (organization or project): the amount is in cents. */
export const spendLimitBodySchema = z
  .object({
    threshold_amount: z.number().int().min(1),
    currency: z.enum(['USD']),
    interval: z.enum(['month']),
  })
  .strict();
export type SpendLimitBody = z.infer<typeof spendLimitBodySchema>;
