'use client';

import { useState, type FormEvent } from 'react';
import { nameString } from '@/lib/admin/fields';
import { describeError } from '@/lib/queries/admin-fetch';
import { useUpdateServiceAccount, type ProjectServiceAccount } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-error';

const accountName = nameString();
type Role = 'member' | 'owner';

/** Rename a service account and change its project role (the API takes member or owner). */
export function EditServiceAccountDialog({ projectId, account, onClose }: { projectId: string; account: ProjectServiceAccount | null; onClose: () => void }) {
  const update = useUpdateServiceAccount(projectId);
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Dialog open={!!account} onClose={close} title={account ? `Edit ${account.name}` : 'Edit service account'}>
      {account && (
        <EditForm
          key={account.id}
          account={account}
          pending={update.isPending}
          error={update.isError ? describeError(update.error) : null}
          onCancel={close}
          onSubmit={(changes) => update.mutate({ id: account.id, ...changes }, { onSuccess: close })}
        />
      )}
    </Dialog>
  );
}

interface EditFormProps {
  account: ProjectServiceAccount;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (changes: { name?: string; role?: Role }) => void;
}

function EditForm({ account, pending, error, onCancel, onSubmit }: EditFormProps) {
  const [name, setName] = useState(account.name);
  const [role, setRole] = useState<Role | ''>(account.role === 'none' ? '' : account.role);
  const [nameError, setNameError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = accountName.safeParse(name);
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message ?? 'Enter a name.');
    setNameError(null);
    const changes = {
      ...(parsed.data !== account.name ? { name: parsed.data } : {}),
      ...(role && role !== account.role ? { role } : {}),
    };
    if (Object.keys(changes).length === 0) return onCancel();
    onSubmit(changes);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Edit service account">
      <Field id="service-account-rename" label="Name" error={nameError}>
        <Input id="service-account-rename" value={name} autoFocus autoComplete="off" aria-invalid={!!nameError} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="service-account-role" label="Project role" hint="Owners can manage the project; members can use it.">
        <select
          id="service-account-role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role | '')}
          className="border-input bg-card h-9 w-full rounded-md border px-2 text-sm"
        >
          {account.role === 'none' && <option value="">No project role (keep)</option>}
          <option value="member">Member</option>
          <option value="owner">Owner</option>
        </select>
      </Field>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
