'use client';

import { useState, type FormEvent } from 'react';
import { countVerdicts, parseEmailList } from '@/lib/admin/email-list';
import { describeError } from '@/lib/queries/admin-fetch';
import type { InviteRole } from '@/lib/queries/invites';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/input';
import type { OwnerGrant } from './invites-view';
import { ProjectPicker, type PickedProject } from './project-picker';
import type { PickableProject } from './use-invites-data';

export interface InviteDraft {
  /** The pasted addresses, as typed. */
  text: string;
  role: InviteRole;
  projects: PickedProject[];
}

/** More than this at once is more likely a wrong paste than a team. */
export const MAX_ADDRESSES = 100;

const ROLE_HINTS: Record<InviteRole, string> = {
  reader:
    'Readers use the API in the projects they join; they cannot change organization settings.',
  owner: 'Owners manage the whole organization: billing, members, projects and admin keys.',
};

export interface InviteFormProps {
  draft: InviteDraft;
  onChange: (draft: InviteDraft) => void;
  projects: readonly PickableProject[];
  projectsReady: boolean;
  projectsError: unknown;
  ownerGrant: OwnerGrant;
  onCancel: () => void;
  onReview: () => void;
}

function Tally({ text }: { text: string }) {
  const entries = parseEmailList(text);
  if (entries.length === 0) return null;
  const counts = countVerdicts(entries);
  const parts = [`${entries.length} address${entries.length === 1 ? '' : 'es'}`];
  if (counts.invalid) parts.push(`${counts.invalid} invalid`);
  if (counts.duplicate) parts.push(`${counts.duplicate} listed twice`);
  return (
    <p aria-live="polite" className="text-muted-foreground text-xs">
      {parts.join(' · ')}
    </p>
  );
}

export function InviteForm({
  draft,
  onChange,
  projects,
  projectsReady,
  projectsError,
  ownerGrant,
  onCancel,
  onReview,
}: InviteFormProps) {
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const count = parseEmailList(draft.text).length;
    if (count === 0) return setError('Enter at least one email address.');
    if (count > MAX_ADDRESSES)
      return setError(`At most ${MAX_ADDRESSES} addresses at a time; this list has ${count}.`);
    setError(null);
    onReview();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Invite people" className="space-y-4">
      <Field
        id="invite-emails"
        label="Email addresses"
        error={error}
        hint="Separate them with commas, semicolons, spaces or new lines. “Name <email>” works too."
      >
        <textarea
          id="invite-emails"
          name="emails"
          rows={5}
          autoFocus
          spellCheck={false}
          value={draft.text}
          aria-invalid={!!error}
          aria-describedby={error ? 'invite-emails-error' : undefined}
          placeholder={'ada@example.com, grace@example.com\nAlan Turing <alan@example.com>'}
          onChange={(e) => onChange({ ...draft, text: e.target.value })}
          className="border-input bg-card placeholder:text-muted-foreground focus-visible:ring-ring aria-invalid:border-danger w-full rounded-md border px-3 py-2 font-mono text-sm focus-visible:ring-2 focus-visible:outline-none"
        />
      </Field>
      <Tally text={draft.text} />

      <Field id="invite-role" label="Organization role" hint={ROLE_HINTS[draft.role]}>
        <select
          id="invite-role"
          name="role"
          value={draft.role}
          onChange={(e) => onChange({ ...draft, role: e.target.value as InviteRole })}
          className="border-input bg-card h-9 w-full rounded-md border px-2 text-sm"
        >
          <option value="reader">Reader</option>
          <option value="owner" disabled={!ownerGrant.allowed}>
            Owner{ownerGrant.allowed ? '' : ` (takes the ${ownerGrant.needs} console role)`}
          </option>
        </select>
      </Field>
      {!ownerGrant.allowed && (
        <p className="bg-muted text-muted-foreground rounded-md px-3 py-2 text-xs">
          Inviting an organization owner or a project owner takes the {ownerGrant.needs} console
          role (owners can create admin keys); your role is {ownerGrant.role}. Ask a console admin
          for those invites.
        </p>
      )}

      <ProjectPicker
        projects={projects}
        ready={projectsReady}
        error={projectsError ? describeError(projectsError) : null}
        value={draft.projects}
        onChange={(picked) => onChange({ ...draft, projects: picked })}
        ownerAllowed={ownerGrant.allowed}
      />

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">Review addresses</Button>
      </div>
    </form>
  );
}
