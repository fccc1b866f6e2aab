'use client';

import { useState, type FormEvent } from 'react';
import { nameString } from '@/lib/admin/fields';
import { describeError } from '@/lib/queries/admin-fetch';
import { useCreateServiceAccountKey, type NewSecret, type ProjectServiceAccount } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-error';
import { NewKeyValue } from './new-key-value';
import { parseScopes } from './service-account-rules';

const keyName = nameString().optional();

/**
 * Another API key for a service account: a name and, optionally, restricted scopes (the API
 * sets no expiry on these keys). The value is shown once, then dropped with the dialog.
 */
export function CreateKeyDialog({ projectId, account, onClose }: { projectId: string; account: ProjectServiceAccount | null; onClose: () => void }) {
  const [secret, setSecret] = useState<NewSecret | null>(null);
  const create = useCreateServiceAccountKey(projectId, setSecret);
  const close = () => {
    setSecret(null);
    create.reset();
    onClose();
  };
  return (
    <Dialog open={!!account} onClose={close} title={secret ? 'Copy the new API key' : `New API key for ${account?.name ?? 'service account'}`}>
      {secret ? (
        <NewKeyValue secret={secret} onDone={close} />
      ) : (
        account && (
          <KeyForm
            pending={create.isPending}
            error={create.isError ? describeError(create.error) : null}
            onCancel={close}
            onSubmit={(vars) => create.mutate({ account, ...vars })}
          />
        )
      )}
    </Dialog>
  );
}

interface KeyFormProps {
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (vars: { name?: string; scopes?: string[] }) => void;
}

function KeyForm({ pending, error, onCancel, onSubmit }: KeyFormProps) {
  const [name, setName] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [scopesText, setScopesText] = useState('');
  const [errors, setErrors] = useState<{ name?: string; scopes?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsedName = keyName.safeParse(name.trim() || undefined);
    const parsedScopes = restricted ? parseScopes(scopesText) : { scopes: undefined };
    const next = {
      ...(parsedName.success ? {} : { name: parsedName.error.issues[0]?.message ?? 'Enter a valid name.' }),
      ...('error' in parsedScopes ? { scopes: parsedScopes.error } : {}),
    };
    setErrors(next);
    if (!parsedName.success || 'error' in parsedScopes) return;
    onSubmit({ name: parsedName.data, scopes: parsedScopes.scopes });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="New API key">
      <Field id="sa-key-name" label="Key name" error={errors.name} hint="Optional; the API names it “Secret Key” otherwise.">
        <Input id="sa-key-name" value={name} autoFocus autoComplete="off" aria-invalid={!!errors.name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Permissions</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="sa-key-permissions" checked={!restricted} onChange={() => setRestricted(false)} />
          All permissions of the service account
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="sa-key-permissions" checked={restricted} onChange={() => setRestricted(true)} />
          Restricted to these scopes
        </label>
      </fieldset>
      {restricted && (
        <Field id="sa-key-scopes" label="Scopes" error={errors.scopes} hint="Separate with commas or new lines, e.g. api.model.request">
          <textarea
            id="sa-key-scopes"
            value={scopesText}
            rows={3}
            aria-invalid={!!errors.scopes}
            onChange={(e) => setScopesText(e.target.value)}
            className="border-input bg-card focus-visible:ring-ring w-full rounded-md border px-3 py-2 font-mono text-sm focus-visible:ring-2 focus-visible:outline-none"
          />
        </Field>
      )}
      <p className="text-muted-foreground text-xs">The Admin API gives service-account keys no expiry date: delete the service account to retire them.</p>
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
