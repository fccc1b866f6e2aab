'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import {
  organizationRolesOptions,
  useAssignMemberRole,
  type MemberRef,
} from '@/lib/queries/members';
import { Button } from '@/components/ui/button';

/** Picks an organization role the member does not hold yet and assigns it. */
export function AssignRoleForm({
  user,
  assigned,
}: {
  user: MemberRef;
  assigned: ReadonlySet<string>;
}) {
  const id = useId();
  const roles = useQuery(organizationRolesOptions());
  const assign = useAssignMemberRole();
  const [roleId, setRoleId] = useState('');
  const options = (roles.data?.data ?? []).filter((r) => !assigned.has(r.id));
  const chosen = options.find((r) => r.id === roleId);

  return (
    <form
      className="flex flex-wrap items-end gap-2 pt-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) assign.mutate({ user, role: chosen }, { onSuccess: () => setRoleId('') });
      }}
    >
      <div className="min-w-56 flex-1 space-y-1.5">
        <label htmlFor={id} className="block text-sm font-medium">
          Role to assign
        </label>
        <select
          id={id}
          value={roleId}
          onChange={(e) => {
            setRoleId(e.target.value);
            assign.reset();
          }}
          disabled={roles.isPending || roles.isError}
          className="border-input bg-card focus-visible:ring-ring h-9 w-full rounded-md border px-2 text-sm focus-visible:ring-2 focus-visible:outline-none"
        >
          <option value="">
            {roles.isPending
              ? 'Loading roles…'
              : options.length
                ? 'Choose a role'
                : 'No other roles to assign'}
          </option>
          {options.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
              {role.predefined_role ? ' (predefined)' : ''}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={!chosen} pending={assign.isPending}>
        Assign role
      </Button>
      {(roles.isError || assign.isError) && (
        <p role="alert" className="text-danger w-full text-sm">
          {describeError(roles.isError ? roles.error : assign.error)}
        </p>
      )}
    </form>
  );
}
