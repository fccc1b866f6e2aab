'use client';

import { useActionState, useState } from 'react';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/admin/console-users';
import { INITIAL_FORM_STATE, type FormAction, type FormState } from '@/lib/admin/form-state';
import { Button } from '@/components/ui/button';
import { Card, Facts } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/input';

export interface OwnAccountCardProps {
  user: { name: string; email: string; role: string };
  /** Live sessions besides this one. */
  otherSessions: number;
  changePassword: FormAction;
  signOutOthers: () => Promise<ActionResult>;
}

/** Settings → Your account: who you are, your password, your other sessions. */
export function OwnAccountCard({ user, otherSessions, changePassword, signOutOthers }: OwnAccountCardProps) {
  const [signingOut, setSigningOut] = useState(false);
  const endOthers = async () => {
    setSigningOut(true);
    try {
      const { error } = await signOutOthers();
      if (error) toast.error(error);
      else toast.success('Your other sessions were signed out.');
    } finally {
      setSigningOut(false);
    }
  };
  return (
    <Card title="Your account" description="Your sign-in to this console.">
      <Facts
        items={[
          { term: 'Name', value: user.name },
          { term: 'Email', value: user.email },
          { term: 'Console role', value: <span className="capitalize">{user.role}</span> },
          {
            term: 'Other sessions',
            value: (
              <span className="flex flex-wrap items-center gap-3">
                {otherSessions === 0 ? 'None: you are signed in only here.' : `${otherSessions} other ${otherSessions === 1 ? 'session' : 'sessions'} (other browsers or devices)`}
                <Button size="sm" variant="secondary" onClick={() => void endOthers()} pending={signingOut}>
                  Sign out other sessions
                </Button>
              </span>
            ),
          },
        ]}
      />
      <ChangePasswordForm changePassword={changePassword} />
    </Card>
  );
}

function ChangePasswordForm({ changePassword }: { changePassword: FormAction }) {
  const [state, action, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const next = await changePassword(previous, form);
    if (!next.error && !next.fieldErrors) {
      toast.success(next.values?.done ?? 'Password changed.');
    }
    return next;
  }, INITIAL_FORM_STATE);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate aria-label="Change your password" className="border-border mt-5 grid gap-4 border-t pt-4 sm:grid-cols-3">
      <h3 className="text-sm font-semibold sm:col-span-3">Change your password</h3>
      <Field id="own-current" label="Current password" error={error('current')}>
        <Input id="own-current" name="current" type="password" autoComplete="current-password" aria-invalid={!!error('current')} />
      </Field>
      <Field id="own-password" label="New password" error={error('password')} hint="At least 12 characters.">
        <Input id="own-password" name="password" type="password" autoComplete="new-password" aria-invalid={!!error('password')} />
      </Field>
      <Field id="own-confirm" label="Repeat the new password" error={error('confirm')}>
        <Input id="own-confirm" name="confirm" type="password" autoComplete="new-password" aria-invalid={!!error('confirm')} />
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="signOutOthers" defaultChecked className="size-4" />
        Sign out my other sessions
      </label>
      <div className="flex justify-end sm:col-span-1">
        <Button type="submit" pending={pending}>
          Change password
        </Button>
      </div>
      {state.error && (
        <p role="alert" className="text-danger text-sm sm:col-span-3">
          {state.error}
        </p>
      )}
    </form>
  );
}
