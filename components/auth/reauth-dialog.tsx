'use client';

import { useEffect, useId, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';
import { Field, Input } from '@/components/ui/input';
import { setReauthAsker } from '@/lib/queries/reauth';

type Confirm = (password: string) => Promise<{ error: string | null }>;

interface Asking {
  message: string;
  resolve: (confirmed: boolean) => void;
}

/**
 * Asks for the person's own password when a destructive change needs a recent sign-in, then lets
 * the change go ahead (lib/queries/reauth.ts repeats it once). Mounted once, in the console shell;
 * whatever the person was doing stays open underneath.
 */
export function ReauthDialog({ confirm }: { confirm: Confirm }) {
  const [asking, setAsking] = useState<Asking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const formId = useId();

  useEffect(() => setReauthAsker((message) => new Promise<boolean>((resolve) => setAsking({ message, resolve }))), []);

  const finish = (confirmed: boolean) => {
    asking?.resolve(confirmed);
    setAsking(null);
    setError(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    startTransition(async () => {
      const outcome = await confirm(password).catch(() => ({ error: 'The console could not check your password. Try again.' }));
      if (outcome.error) setError(outcome.error);
      else finish(true);
    });
  };

  return (
    <Dialog
      open={asking !== null}
      onClose={() => finish(false)}
      title="Confirm your password"
      description={asking?.message}
      footer={
        <>
          <Button variant="secondary" onClick={() => finish(false)} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" form={formId} pending={pending}>
            Confirm and continue
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="space-y-3">
        <Field id={`${formId}-password`} label="Your password">
          <Input id={`${formId}-password`} name="password" type="password" autoComplete="current-password" required autoFocus />
        </Field>
        <p className="text-muted-foreground text-xs">The change you asked for is made as soon as your password is confirmed.</p>
        <FormError message={error} />
      </form>
    </Dialog>
  );
}
