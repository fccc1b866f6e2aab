'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/input';
import { INITIAL_FORM_STATE, type FormAction } from '@/lib/admin/form-state';

/** `notice`: why the person is here again (their session ended by time), shown until they sign in. */
export function SignInForm({ action, notice = null }: { action: FormAction; notice?: string | null }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-sm text-muted-foreground">to the OpenAI organization console</p>
      </div>
      {notice && !state.error && (
        <p role="status" className="rounded-md border border-border bg-muted px-3 py-2 text-sm">
          {notice}
        </p>
      )}
      <form action={formAction} className="space-y-4">
        <Field id="email" label="Email">
          <Input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} autoFocus />
        </Field>
        <Field id="password" label="Password">
          <Input id="password" name="password" type="password" autoComplete="current-password" required />
        </Field>
        {state.error && (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {state.error}
          </p>
        )}
        <Button type="submit" className="w-full" pending={pending}>
          Sign in
        </Button>
      </form>
      <p className="text-xs text-muted-foreground">Accounts are created by a console admin. Forgot your password? Ask a console admin.</p>
    </>
  );
}
