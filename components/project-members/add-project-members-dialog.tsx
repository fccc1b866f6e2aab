'use client';

import { X } from 'lucide-react';
import { useState } from 'react';
import { personLabel } from '@/lib/queries/directory';
import type { Project } from '@/lib/queries/projects';
import {
  projectLabel,
  useAddProjectMembers,
  type AddMemberOutcome,
  type AddMemberRequest,
  type ProjectMemberRole,
} from '@/lib/queries/project-members';
import { AddFailures, AddPeopleActions } from '@/components/people/add-failures';
import { ownerOption, RoleSelect } from '@/components/people/role-select';
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
                  <RoleSelect
                    label={`Project role for ${personLabel(user)}`}
                    value={role}
                    options={[{ value: 'member', label: 'Member' }, ownerOption(canGrantOwner)]}
                    onChange={(next) => setRole(user.id, next)}
                  />
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
      <AddFailures failures={failures} />
      <AddPeopleActions count={count} pending={add.isPending} failed={failures.length > 0} onClose={onClose} onSubmit={() => void submit()} />
    </div>
  );
}
