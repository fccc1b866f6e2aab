'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { groupsListOptions } from '@/lib/queries/groups';
import { useAddProjectGroup, type ProjectGroup } from '@/lib/queries/project-groups';
import { projectLabel, projectRolesOptions } from '@/lib/queries/project-members';
import type { Project } from '@/lib/queries/projects';
import { plural } from '@/components/people/assigned-role-list';
import { addableGroups, defaultGroupRole } from '@/components/project-members/project-access-logic';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';

export interface AddProjectGroupDialogProps {
  open: boolean;
  onClose: () => void;
  project: Project;
  /** Groups that already have access: not offered again. */
  current: ProjectGroup[];
}

const selectClass =
  'border-input bg-card focus-visible:ring-ring h-9 w-full rounded-md border px-3 text-sm focus-visible:ring-2 focus-visible:outline-none';

/** Gives one organization group access to the project, with the project role its members get. */
export function AddProjectGroupDialog({ open, onClose, ...rest }: AddProjectGroupDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Add a group to ${projectLabel(rest.project)}`}
      description="Every member of the group gets access to the project with the role you choose, now and as the group changes."
    >
      {open && <AddGroupForm onClose={onClose} {...rest} />}
    </Dialog>
  );
}

function AddGroupForm({ project, current, onClose }: Omit<AddProjectGroupDialogProps, 'open'>) {
  const groupFieldId = useId();
  const roleFieldId = useId();
  const groups = useQuery(groupsListOptions());
  const roles = useQuery(projectRolesOptions(project.id));
  const options = addableGroups(groups.data?.data ?? [], current);
  const [groupId, setGroupId] = useState('');
  const [roleId, setRoleId] = useState('');
  const add = useAddProjectGroup();
  const group = options.find((g) => g.id === groupId);
  const role = roles.data?.find((r) => r.id === (roleId || defaultGroupRole(roles.data ?? [])?.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!group || !role) return;
    add.mutate(
      { projectId: project.id, projectName: projectLabel(project), group, role },
      { onSuccess: onClose },
    );
  }

  const loadError = groups.isError ? groups.error : roles.isError ? roles.error : null;
  return (
    <form onSubmit={submit} aria-label="Add a group" className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={groupFieldId} className="block text-sm font-medium">
          Group
        </label>
        <select
          id={groupFieldId}
          value={groupId}
          onChange={(e) => {
            setGroupId(e.target.value);
            add.reset();
          }}
          disabled={groups.isPending || options.length === 0}
          className={selectClass}
        >
          <option value="">
            {groups.isPending
              ? 'Loading groups…'
              : options.length === 0
                ? 'Every group already has access'
                : 'Choose a group'}
          </option>
          {options.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name} ({plural(g.member_count, 'member')})
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={roleFieldId} className="block text-sm font-medium">
          Project role
        </label>
        <select
          id={roleFieldId}
          value={role?.id ?? ''}
          onChange={(e) => {
            setRoleId(e.target.value);
            add.reset();
          }}
          disabled={roles.isPending}
          className={selectClass}
        >
          {roles.isPending && <option value="">Loading roles…</option>}
          {(roles.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {r.predefined_role ? ' (built-in)' : ''}
            </option>
          ))}
        </select>
        {role?.description && <p className="text-muted-foreground text-xs">{role.description}</p>}
      </div>
      <FormError message={(loadError || add.isError) ? describeError(loadError ?? add.error) : null} />
      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onClose} disabled={add.isPending}>
          Cancel
        </Button>
        <Button type="submit" disabled={!group || !role} pending={add.isPending}>
          Add group
        </Button>
      </div>
    </form>
  );
}
