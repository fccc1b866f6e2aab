'use client';

import { useState, type FormEvent } from 'react';
import { diffPermissions, nameTaken } from '@/lib/admin/permissions';
import { roleFormSchema, type RoleForm as RoleFormValues } from '@/lib/admin/role-form';
import { describeError } from '@/lib/queries/admin-fetch';
import type { Role, RoleBody } from '@/lib/queries/roles';
import { Field, Input } from '@/components/ui/input';
import { PermissionPicker } from './permission-picker';
import { FormFooter } from '@/components/ui/form-error';
import type { RoleEditorDialogProps } from './role-editor-dialog';

// The role editor's form, loaded when the dialog opens (it checks with the server's zod schema).

type Errors = Partial<Record<keyof RoleFormValues | 'form', string>>;

export function RoleForm({ role, roles, onSave, onClose, level = 'organization' }: Omit<RoleEditorDialogProps, 'open' | 'roles'> & { roles: readonly Role[] }) {
  const [form, setForm] = useState<RoleFormValues>({
    role_name: role?.name ?? '',
    description: role?.description ?? '',
    permissions: role?.permissions ?? [],
  });
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const diff = role ? diffPermissions(role.permissions, form.permissions) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = roleFormSchema.safeParse(form);
    const next: Errors = {};
    if (!parsed.success) for (const issue of parsed.error.issues) next[issue.path[0] as keyof RoleFormValues] ??= issue.message;
    const name = form.role_name.trim();
    if (!next.role_name && nameTaken(name, roles, role?.id)) next.role_name = `A role named “${name}” already exists.`;
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    const { role_name, description, permissions } = parsed.data;
    const body: Partial<RoleBody> = role
      ? {
          ...(role_name !== role.name ? { role_name } : {}),
          ...(description !== (role.description ?? '') ? { description } : {}),
          ...(diff && (diff.added.length > 0 || diff.removed.length > 0) ? { permissions } : {}),
        }
      : { role_name, permissions, description: description || null };
    if (Object.keys(body).length === 0) return onClose();
    setPending(true);
    try {
      await onSave(body);
      onClose();
    } catch (err) {
      setErrors({ form: describeError(err) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={role ? `Edit ${role.name}` : 'Create role'} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="role-name" label="Name" error={errors.role_name} hint={`Unique in the ${level}.`}>
          <Input id="role-name" value={form.role_name} autoFocus autoComplete="off" aria-invalid={!!errors.role_name} onChange={(e) => setForm({ ...form, role_name: e.target.value })} />
        </Field>
        <Field id="role-description" label="Description" error={errors.description} hint="Optional: who this role is for.">
          <Input id="role-description" value={form.description} autoComplete="off" onChange={(e) => setForm({ ...form, description: e.target.value })} />
        </Field>
      </div>
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-medium">Permissions</p>
          <p className="text-muted-foreground text-xs" aria-live="polite">
            {form.permissions.length} picked
            {diff && (diff.added.length > 0 || diff.removed.length > 0) && ` · ${diff.added.length} added, ${diff.removed.length} removed`}
          </p>
        </div>
        {errors.permissions && (
          <p role="alert" className="text-danger text-sm">
            {errors.permissions}
          </p>
        )}
        <div className="max-h-[52vh] overflow-y-auto pr-1">
          <PermissionPicker selected={form.permissions} onChange={(permissions) => setForm({ ...form, permissions })} disabled={pending} level={level} />
        </div>
      </div>
      <FormFooter error={errors.form} pending={pending} onCancel={onClose} submitLabel={role ? 'Save role' : 'Create role'} />
    </form>
  );
}
