'use client';

import dynamic from 'next/dynamic';
import type { RoleLevel } from '@/lib/admin/permissions';
import type { Role, RoleBody } from '@/lib/queries/roles';
import { Dialog } from '@/components/ui/dialog';
import { TableSkeleton } from '@/components/ui/states';

const formLoading = () => <TableSkeleton rows={3} label="Loading the role editor" />;
// Loaded when the dialog opens: the form and its zod schema stay out of the page's first load.
const RoleForm = dynamic(() => import('./role-form').then((m) => m.RoleForm), { loading: formLoading });

export interface RoleEditorDialogProps {
  open: boolean;
  onClose: () => void;
  /** The custom role being edited; none to create one. */
  role: Role | null;
  /** Every role, to refuse a name already taken before asking the API; undefined while loading. */
  roles: readonly Role[] | undefined;
  /** Resolves when saved; rejects with the error to show. */
  onSave: (changes: Partial<RoleBody>) => Promise<unknown>;
  /** Which catalogue the picker offers: organization (default) or project permissions. */
  level?: RoleLevel;
}

/** Create a custom role or edit one: name, description and the permissions it grants. */
export function RoleEditorDialog({ open, onClose, role, roles, onSave, level }: RoleEditorDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="wide"
      title={role ? `Edit ${role.name}` : 'Create role'}
      description="A custom role grants exactly the permissions picked here to every member and group it is assigned to."
    >
      {open &&
        // The taken-name check needs the whole list: the form waits for it rather than letting a
        // duplicate through to the API.
        (roles ? (
          <RoleForm key={role?.id ?? 'new'} role={role} roles={roles} onSave={onSave} onClose={onClose} level={level} />
        ) : (
          <TableSkeleton rows={3} label="Loading the roles" />
        ))}
    </Dialog>
  );
}
