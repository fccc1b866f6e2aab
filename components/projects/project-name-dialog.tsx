'use client';

import { projectNameSchema } from '@/lib/admin/fields';
import { NameDialog, type NameDialogProps } from '@/components/ui/name-dialog';

export type ProjectNameDialogProps = Omit<NameDialogProps, 'label' | 'hint' | 'schema'>;

/** The one form behind "Create project" and "Rename", validated with the server's own schema. */
export function ProjectNameDialog(props: ProjectNameDialogProps) {
  return <NameDialog {...props} label="Project name" hint="Shown in usage reports and on API keys." schema={projectNameSchema} />;
}
