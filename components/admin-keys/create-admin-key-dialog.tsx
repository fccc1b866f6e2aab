'use client';

import { useState, type FormEvent } from 'react';
import { ADMIN_KEY_EXPIRIES } from '@/lib/admin/admin-keys';
import { nameString } from '@/lib/admin/fields';
import { describeError } from '@/lib/queries/admin-fetch';
import { useCreateAdminKey, type AdminAPIKey } from '@/lib/queries/admin-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { NewAdminKeyValue } from './new-admin-key-value';
import { FormError } from '@/components/ui/form-error';

const keyName = nameString();

/**
 * "Create admin key": a name and an expiry, then the new key's value, shown once. The value
 * lives only in this component's state and is dropped when the dialog closes.
 */
export function CreateAdminKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<{ key: AdminAPIKey; value: string } | null>(null);
  const create = useCreateAdminKey((key, value) => setCreated({ key, value }));
  const close = () => {
    setCreated(null);
    create.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created ? 'Copy your new admin key' : 'Create admin key'}
      description={created ? undefined : 'An admin key can manage the whole organization: its members, projects, keys and billing limits. Give it to as few people and systems as possible.'}
    >
      {created ? (
        <NewAdminKeyValue name={created.key.name ?? ''} value={created.value} onDone={close} />
      ) : (
        open && <CreateForm pending={create.isPending} error={create.isError ? describeError(create.error) : null} onCancel={close} onSubmit={(vars) => create.mutate(vars)} />
      )}
    </Dialog>
  );
}

interface CreateFormProps {
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (vars: { name: string; expiresInSeconds?: number }) => void;
}

function CreateForm({ pending, error, onCancel, onSubmit }: CreateFormProps) {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('0');
  const [nameError, setNameError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = keyName.safeParse(name);
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? 'Enter a valid name.');
      return;
    }
    setNameError(null);
    const seconds = Number(expiry);
    onSubmit({ name: parsed.data, ...(seconds > 0 ? { expiresInSeconds: seconds } : {}) });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="New admin key">
      <Field id="admin-key-name" label="Name" error={nameError} hint="Say who or what will use it, e.g. “Terraform” or “Finance export”.">
        <Input
          id="admin-key-name"
          value={name}
          autoFocus
          autoComplete="off"
          aria-invalid={!!nameError}
          aria-describedby={nameError ? 'admin-key-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field id="admin-key-expiry" label="Expires">
        <select id="admin-key-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)} className="border-input bg-card h-9 w-full rounded-md border px-2 text-sm">
          {ADMIN_KEY_EXPIRIES.map((option) => (
            <option key={option.seconds} value={option.seconds}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Create key
        </Button>
      </div>
    </form>
  );
}
