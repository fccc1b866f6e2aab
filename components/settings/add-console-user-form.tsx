'use client';

import { useActionState } from 'react';
import { toast } from 'sonner';
import { CONSOLE_ROLES } from '@/lib/admin/operation';
import { INITIAL_FORM_STATE, type FormAction, type FormState } from '@/lib/admin/form-state';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/input';
import { RoleSelect } from './role-select';

export const ROLE_HELP: Record<string, string> = {
  viewer: 'reads everything, changes nothing',
  operator: 'manages members, invites, projects, groups and rate limits',
  admin: 'everything, including keys, certificates, roles and console users',
};

export function AddConsoleUserForm({ addUser, onDone }: { addUser: FormAction; onDone: () => void }) {
  const [state, action, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const next = await addUser(previous, form);
    if (!next.error && !next.fieldErrors) {
      toast.success(`${String(form.get('name'))} can now sign in as ${String(form.get('role'))}.`);
      onDone();
    }
    return next;
  }, INITIAL_FORM_STATE);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate aria-label="Add console user" className="border-border mb-5 grid gap-4 rounded-md border p-4 sm:grid-cols-2">
      <Field id="new-user-name" label="Name" error={error('name')}>
        <Input id="new-user-name" name="name" defaultValue={state.values?.name} aria-invalid={!!error('name')} />
      </Field>
      <Field id="new-user-email" label="Email" error={error('email')}>
        <Input id="new-user-email" name="email" type="email" defaultValue={state.values?.email} aria-invalid={!!error('email')} />
      </Field>
      <Field id="new-user-role" label="Role" error={error('role')}>
        <RoleSelect id="new-user-role" name="role" defaultValue={state.values?.role || 'viewer'}>
          {CONSOLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {role} — {ROLE_HELP[role]}
            </option>
          ))}
        </RoleSelect>
      </Field>
      <Field id="new-user-password" label="First password" error={error('password')} hint="At least 12 characters; pass it on safely. They can change it under Settings → Your account.">
        <Input id="new-user-password" name="password" type="password" autoComplete="new-password" aria-invalid={!!error('password')} />
      </Field>
      {state.error && (
        <p role="alert" className="text-danger text-sm sm:col-span-2">
          {state.error}
        </p>
      )}
      <div className="flex justify-end gap-2 sm:col-span-2">
        <Button variant="secondary" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Add user
        </Button>
      </div>
    </form>
  );
}
