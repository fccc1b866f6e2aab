'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import {
  projectRolesOptions,
  useAssignProjectRole,
  type AssignedRole,
  type PrincipalKind,
} from '@/lib/queries/project-members';
import { Button } from '@/components/ui/button';
import { assignableProjectRoles } from './project-access-logic';

export interface AssignProjectRoleFormProps {
  projectId: string;
  kind: PrincipalKind;
  principal: { id: string; label: string };
  assigned: AssignedRole[];
}

/** Picks one of the project's roles not held yet, and assigns it. */
export function AssignProjectRoleForm({
  projectId,
  kind,
  principal,
  assigned,
}: AssignProjectRoleFormProps) {
  const id = useId();
  const roles = useQuery(projectRolesOptions(projectId));
  const options = assignableProjectRoles(roles.data ?? [], assigned);
  const [roleId, setRoleId] = useState('');
  const assign = useAssignProjectRole();
  const chosen = options.find((r) => r.id === roleId);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    assign.mutate({ projectId, kind, principal, role: chosen }, { onSuccess: () => setRoleId('') });
  }

  const error = roles.isError
    ? describeError(roles.error)
    : assign.isError
      ? describeError(assign.error)
      : null;
  return (
    <form onSubmit={submit} aria-label="Assign a project role" className="space-y-2 pt-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1.5">
          <label htmlFor={id} className="block text-sm font-medium">
            Project role
          </label>
          <select
            id={id}
            value={roleId}
            onChange={(e) => {
              setRoleId(e.target.value);
              assign.reset();
            }}
            disabled={roles.isPending || options.length === 0}
            className="border-input bg-card focus-visible:ring-ring h-9 w-64 rounded-md border px-3 text-sm focus-visible:ring-2 focus-visible:outline-none"
          >
            <option value="">
              {roles.isPending
                ? 'Loading roles…'
                : options.length === 0
                  ? 'Every role is held'
                  : 'Choose a role'}
            </option>
            {options.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
                {role.predefined_role ? ' (built-in)' : ''}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={!chosen} pending={assign.isPending}>
          Assign role
        </Button>
      </div>
      {chosen?.description && <p className="text-muted-foreground text-xs">{chosen.description}</p>}
      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}
    </form>
  );
}
