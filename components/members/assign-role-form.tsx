'use client';

import { useQuery } from '@tanstack/react-query';
import { organizationRolesOptions, useAssignMemberRole, type MemberRef } from '@/lib/queries/members';
import { AssignRoleForm } from '@/components/people/assign-role-form';

/** Picks an organization role the member does not hold yet and assigns it. */
export function AssignMemberRoleForm({ user, assigned }: { user: MemberRef; assigned: ReadonlySet<string> }) {
  const roles = useQuery(organizationRolesOptions());
  const assign = useAssignMemberRole();
  return (
    <AssignRoleForm
      label="Role to assign"
      formLabel="Assign an organization role"
      options={(roles.data?.data ?? []).filter((r) => !assigned.has(r.id))}
      rolesPending={roles.isPending}
      rolesError={roles.error}
      noneLeft="No other roles to assign"
      onAssign={(role, done) => assign.mutate({ user, role }, { onSuccess: done })}
      assigning={assign.isPending}
      assignError={assign.error}
      onReset={assign.reset}
    />
  );
}
