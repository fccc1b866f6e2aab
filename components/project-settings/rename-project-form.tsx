'use client';

import { useState, type FormEvent } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useRenameProject, type Project } from '@/lib/queries/projects';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/input';

/** Rename, validated with the same schema as the server (and the projects list's dialog). */
export function RenameProjectForm({ project }: { project: Project }) {
  const [name, setName] = useState(project.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const rename = useRenameProject();

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The server's schema, loaded on submit: zod stays out of the page's first load.
    const { projectNameSchema } = await import('@/lib/admin/fields');
    const parsed = projectNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a valid name.');
      return;
    }
    setError(null);
    try {
      await rename.mutateAsync({ id: project.id, name: parsed.data });
    } catch (err) {
      setError(describeError(err));
    }
  }

  const unchanged = name.trim() === (project.name ?? '');
  return (
    <form onSubmit={submit} noValidate aria-label="Rename project" className="flex flex-wrap items-start gap-3">
      <div className="min-w-64 flex-1">
        <Field id="project-name" label="Project name" error={error} hint="Shown in usage reports, on API keys and in the audit log.">
          <Input
            id="project-name"
            name="name"
            value={name}
            autoComplete="off"
            aria-invalid={!!error}
            aria-describedby={error ? 'project-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
      </div>
      <Button type="submit" className="mt-7" pending={rename.isPending} disabled={unchanged}>
        Save name
      </Button>
    </form>
  );
}
