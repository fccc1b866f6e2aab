'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/input';
import { INITIAL_FORM_STATE, type FormAction } from '@/lib/admin/form-state';

const FIELDS = [
  { name: 'name', label: 'Your name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
  { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: 'At least 12 characters.' },
  { name: 'confirm', label: 'Confirm password', type: 'password', autoComplete: 'new-password' },
] as const;

export function SetupForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Create the owner account</h1>
        <p className="text-sm text-muted-foreground">
          No one has set up this console yet. The account you create now is its first admin; it can add everyone else.
        </p>
      </div>
      <form action={formAction} className="space-y-4" noValidate>
        {FIELDS.map((field) => {
          const error = state.fieldErrors?.[field.name];
          return (
            <Field key={field.name} id={field.name} label={field.label} error={error} hint={'hint' in field ? field.hint : undefined}>
              <Input
                id={field.name}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                defaultValue={field.type === 'password' ? undefined : state.values?.[field.name]}
                aria-invalid={!!error}
                aria-describedby={error ? `${field.name}-error` : undefined}
                required
              />
            </Field>
          );
        })}
        {state.error && (
          <p role="alert" className="text-sm text-danger">
            {state.error}
          </p>
        )}
        <Button type="submit" className="w-full" pending={pending}>
          Create owner account
        </Button>
      </form>
    </>
  );
}
