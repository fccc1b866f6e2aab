'use client';

import { useState, type FormEvent } from 'react';
import { projectNameSchema } from '@/lib/admin/fields';
import { describeError } from '@/lib/queries/admin-fetch';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';

export interface ProjectNameDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  initialName?: string;
  /** Resolves when saved; rejects with the error to show. */
  onSubmit: (name: string) => Promise<unknown>;
}

/** The one form behind "Create project" and "Rename", validated with the server's own schema. */
export function ProjectNameDialog({ open, onClose, title, submitLabel, initialName = '', onSubmit }: ProjectNameDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      {open && <NameForm key={initialName} initialName={initialName} submitLabel={submitLabel} onSubmit={onSubmit} onClose={onClose} />}
    </Dialog>
  );
}

function NameForm({ initialName, submitLabel, onSubmit, onClose }: Omit<ProjectNameDialogProps, 'open' | 'title'>) {
  const [name, setName] = useState(initialName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = projectNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a valid name.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onSubmit(parsed.data);
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="project-name" label="Project name" error={error} hint="Shown in usage reports and on API keys.">
        <Input
          id="project-name"
          name="name"
          value={name}
          autoFocus
          autoComplete="off"
          aria-invalid={!!error}
          aria-describedby={error ? 'project-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
