'use client';

import { useState, type FormEvent } from 'react';
import { nameString } from '@/lib/admin/fields';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { useCreateServiceAccount, type NewSecret } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-error';
import { LostKeyNotice } from './lost-key-notice';
import { NewKeyValue } from './new-key-value';

const accountName = nameString();

/**
 * "Create service account": a name, then the account's first API key, shown once. The key lives
 * only in this component's state and is dropped when the dialog closes.
 */
export function CreateServiceAccountDialog({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const [secret, setSecret] = useState<NewSecret | null>(null);
  const create = useCreateServiceAccount(projectId, setSecret);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const close = () => {
    setSecret(null);
    setName('');
    setNameError(null);
    create.reset();
    onClose();
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = accountName.safeParse(name);
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message ?? 'Enter a name.');
    setNameError(null);
    create.mutate({ name: parsed.data });
  }
  // Created, but the answer with its key was lost on the way (the proxy re-read the accounts).
  const lost = create.error instanceof ConsoleApiError && create.error.secretLost && create.error.target ? create.error.target : null;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={secret ? 'Copy the service account’s API key' : lost ? 'The service account’s key was lost' : 'Create service account'}
      description={secret || lost ? undefined : 'A service account is a bot member of this project: its API keys keep working when the people who made them leave.'}
    >
      {secret ? (
        <NewKeyValue secret={secret} onDone={close} />
      ) : lost ? (
        <LostKeyNotice projectId={projectId} account={{ id: lost.id, name: lost.name ?? name }} onDeleted={() => create.reset()} onKeep={close} />
      ) : create.isSuccess ? (
        <div className="space-y-4">
          <p className="text-sm">The service account was created without an API key. Add one from its row.</p>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4" aria-label="New service account">
          <Field id="service-account-name" label="Name" error={nameError} hint="Say what will use it, e.g. “prod-backend” or “nightly-evals”.">
            <Input id="service-account-name" value={name} autoFocus autoComplete="off" aria-invalid={!!nameError} onChange={(e) => setName(e.target.value)} />
          </Field>
          <FormError message={create.isError ? describeError(create.error) : null} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" pending={create.isPending}>
              Create service account
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
