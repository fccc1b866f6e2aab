'use client';

import { X } from 'lucide-react';
import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { personLabel } from '@/lib/queries/directory';
import type { Project } from '@/lib/queries/projects';
import {
  projectLabel,
  useAddProjectMembers,
  type AddMemberOutcome,
  type AddMemberRequest,
  type ProjectMemberRole,
} from '@/lib/queries/project-members';
import { UserPicker } from '@/components/people/user-picker';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

export interface AddProjectMembersDialogProps {
  open: boolean;
  onClose: () => void;
  project: Project;
  /** The project's current members: they cannot be picked again. */
  memberIds: ReadonlySet<string>;
  canGrantOwner: boolean;
}

/** Pick several organization users, each with a project role; one request each, failures stay picked with the reason. */
export function AddProjectMembersDialog({ open, onClose, ...rest }: AddProjectMembersDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Add members to ${projectLabel(rest.project)}`}
      description="They must already be in the organization. Owners manage the project; members use it."
    >
      {open && <AddForm onClose={onClose} {...rest} />}
    </Dialog>
  );
}

function AddForm({
  project,
  memberIds,
  canGrantOwner,
  onClose,
}: Omit<AddProjectMembersDialogProps, 'open'>) {
  const [people, setPeople] = useState<AddMemberRequest[]>([]);
  const [failures, setFailures] = useState<AddMemberOutcome[]>([]);
  const add = useAddProjectMembers();
  const exclude = new Set([...memberIds, ...people.map((p) => p.user.id)]);

  async function submit() {
    const outcomes = await add.mutateAsync({
      projectId: project.id,
      projectName: projectLabel(project),
      people,
    });
    const failed = outcomes.filter((o) => o.error !== null);
    if (failed.length === 0) return onClose();
    setFailures(failed);
    setPeople(failed.map(({ user, role }) => ({ user, role })));
  }

  const setRole = (id: string, role: ProjectMemberRole) =>
    setPeople((list) => list.map((p) => (p.user.id === id ? { ...p, role } : p)));
  const count = people.length;
  return (
    <div className="space-y-4">
      <div className="min-h-72 space-y-3">
        <UserPicker
          label="People to add"
          selected={[]}
          exclude={exclude}
          onChange={(picked) =>
            setPeople((list) => [
              ...list,
              ...picked.map((user) => ({ user, role: 'member' as const })),
            ])
          }
        />
        {count > 0 && (
          <ul
            aria-label="People to add, with their roles"
            className="divide-border border-border divide-y rounded-md border"
          >
            {people.map(({ user, role }) => (
              <li key={user.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <div className="min-w-0 text-sm">
                  <p className="truncate font-medium">{personLabel(user)}</p>
                  {user.name && user.email && (
                    <p className="text-muted-foreground truncate text-xs">{user.email}</p>
                  )}
                </div>
                <div className="flex items-center gap-1">
                  <select
                    aria-label={`Project role for ${personLabel(user)}`}
                    value={role}
                    onChange={(e) =>
                      setRole(user.id, e.target.value === 'owner' ? 'owner' : 'member')
                    }
                    className="border-input bg-card h-8 rounded-md border px-2 text-sm"
                  >
                    <option value="member">Member</option>
                    <option value="owner" disabled={!canGrantOwner}>
                      {canGrantOwner ? 'Owner' : 'Owner (console admins only)'}
                    </option>
                  </select>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Do not add ${personLabel(user)}`}
                    onClick={() => setPeople((list) => list.filter((p) => p.user.id !== user.id))}
                  >
                    <X className="size-4" aria-hidden />
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {failures.length > 0 && (
        <div
          role="alert"
          className="bg-danger/10 text-danger space-y-1 rounded-md px-3 py-2 text-sm"
        >
          <p className="font-medium">
            {failures.length === 1
              ? 'One person was not added'
              : `${failures.length} people were not added`}{' '}
            (still picked, to try again):
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {failures.map(({ user, error }) => (
              <li key={user.id}>
                <strong>{personLabel(user)}</strong>: {describeError(error)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onClose} disabled={add.isPending}>
          {failures.length > 0 ? 'Close' : 'Cancel'}
        </Button>
        <Button onClick={() => void submit()} disabled={count === 0} pending={add.isPending}>
          {count > 1 ? `Add ${count} people` : 'Add member'}
        </Button>
      </div>
    </div>
  );
}
