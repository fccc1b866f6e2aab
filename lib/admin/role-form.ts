import { z } from 'zod';
import { permissionNameSchema, roleDescriptionSchema, roleNameSchema } from './fields';

// Apart from permissions.ts so the role pages' first load (tables, panels) does not carry zod.

/** The role editor's form, on the fields the server validates role bodies with (lib/admin/fields.ts). */
export const roleFormSchema = z.object({
  role_name: roleNameSchema,
  description: roleDescriptionSchema,
  permissions: z.array(permissionNameSchema).min(1, 'Pick at least one permission.'),
});
export type RoleForm = z.infer<typeof roleFormSchema>;
