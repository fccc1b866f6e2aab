'use client';

import { nameString } from '@/lib/admin/fields';
import { NameDialog, type NameDialogProps } from '@/components/ui/name-dialog';

/** The registry's rule for a group name (create and rename): trimmed, 1..255 characters. */
export const groupNameSchema = nameString(255);

export type GroupNameDialogProps = Omit<NameDialogProps, 'label' | 'hint' | 'schema'>;

/** The one form behind "Create group" and "Rename", validated with the server's own schema. */
export function GroupNameDialog(props: GroupNameDialogProps) {
  return (
    <NameDialog
      {...props}
      label="Group name"
      hint="People see it wherever the group is given access: projects and roles."
      schema={groupNameSchema}
    />
  );
}
