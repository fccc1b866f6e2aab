'use client';

import { useActionState } from 'react';
import { toast } from 'sonner';
import type { ConsoleUserRow } from '@/lib/admin/console-users';
import { INITIAL_FORM_STATE, type FormAction, type FormState } from '@/lib/admin/form-state';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { FormFooter } from '@/components/ui/form-error';

/** An admin sets a new password for someone; their sessions end. */
export function ResetPasswordDialog({ user, resetPassword, onClose }: { user: ConsoleUserRow | null; resetPassword: FormAction; onClose: () => void }) {
  return (
    <Dialog
      open={!!user}
      onClose={onClose}
      title={`Reset the password of ${user?.name ?? 'this person'}`}
      description={
        <>
          <strong>{user?.email}</strong> is signed out everywhere and signs in next with the password you set here. Pass it on safely; they can change it afterwards under
          Settings → Your account.
        </>
      }
    >
      {user && <ResetForm key={user.id} user={user} resetPassword={resetPassword} onClose={onClose} />}
    </Dialog>
  );
}

function ResetForm({ user, resetPassword, onClose }: { user: ConsoleUserRow; resetPassword: FormAction; onClose: () => void }) {
  const [state, action, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const next = await resetPassword(previous, form);
    if (!next.error && !next.fieldErrors) {
      toast.success(`New password set for ${user.name}; their sessions were ended.`);
      onClose();
    }
    return next;
  }, INITIAL_FORM_STATE);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate aria-label={`Set a password for ${user.name}`} className="space-y-4">
      <input type="hidden" name="userId" value={user.id} />
      <Field id="reset-password" label="New password" error={error('password')} hint="At least 12 characters.">
        <Input id="reset-password" name="password" type="password" autoComplete="new-password" autoFocus aria-invalid={!!error('password')} />
      </Field>
      <Field id="reset-confirm" label="Repeat the new password" error={error('confirm')}>
        <Input id="reset-confirm" name="confirm" type="password" autoComplete="new-password" aria-invalid={!!error('confirm')} />
      </Field>
      <FormFooter error={state.error} pending={pending} onCancel={onClose} submitLabel="Set password" tone="danger" />
    </form>
  );
}
