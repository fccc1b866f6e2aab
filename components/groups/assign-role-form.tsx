'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import {
  organizationRolesOptions,
  useAssignGroupRole,
  type AssignedRole,
  type Group,
} from '@/lib/queries/groups';
import { Button } from '@/components/ui/button';
import { assignableRoles } from './groups-logic';

/** Picks one of the organization's roles the group does not hold yet, and assigns it. */
export function AssignRoleForm({ group, assigned }: { group: Group; assigned: AssignedRole[] }) {
  const id = useId();
  const roles = useQuery(organizationRolesOptions());
  const options = assignableRoles(roles.data ?? [], assigned);
  const [roleId, setRoleId] = useState('');
  const assign = useAssignGroupRole();
  const chosen = options.find((r) => r.id === roleId);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    assign.mutate(
      { groupId: group.id, groupName: group.name, role: chosen },
      { onSuccess: () => setRoleId('') },
    );
  }

  const error = roles.isError
    ? describeError(roles.error)
    : assign.isError
      ? describeError(assign.error)
      : null;
  return (
    <form onSubmit={submit} aria-label="Assign an organization role" className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1.5">
          <label htmlFor={id} className="block text-sm font-medium">
            Organization role
          </label>
          <select
            id={id}
            value={roleId}
            onChange={(e) => {
              setRoleId(e.target.value);
              assign.reset();
            }}
            disabled={roles.isPending || options.length === 0}
            className="border-input bg-card focus-visible:ring-ring h-9 w-72 rounded-md border px-3 text-sm focus-visible:ring-2 focus-visible:outline-none"
          >
            <option value="">
              {roles.isPending
                ? 'Loading roles…'
                : options.length === 0
                  ? 'It holds every role'
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
