'use client';

import { useQuery } from '@tanstack/react-query';
import { organizationRolesOptions, useAssignGroupRole, type AssignedRole, type Group } from '@/lib/queries/groups';
import { AssignRoleForm } from '@/components/people/assign-role-form';
import { assignableRoles } from './groups-logic';

/** Picks one of the organization's roles the group does not hold yet, and assigns it. */
export function AssignGroupRoleForm({ group, assigned }: { group: Group; assigned: AssignedRole[] }) {
  const roles = useQuery(organizationRolesOptions());
  const assign = useAssignGroupRole();
  return (
    <AssignRoleForm
      label="Organization role"
      formLabel="Assign an organization role"
      options={assignableRoles(roles.data ?? [], assigned)}
      rolesPending={roles.isPending}
      rolesError={roles.error}
      noneLeft="It holds every role"
      onAssign={(role, done) => assign.mutate({ groupId: group.id, groupName: group.name, role }, { onSuccess: done })}
      assigning={assign.isPending}
      assignError={assign.error}
      onReset={assign.reset}
    />
  );
}
