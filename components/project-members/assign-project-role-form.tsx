'use client';

import { useQuery } from '@tanstack/react-query';
import { projectRolesOptions, useAssignProjectRole, type AssignedRole, type PrincipalKind } from '@/lib/queries/project-members';
import { AssignRoleForm } from '@/components/people/assign-role-form';
import { assignableProjectRoles } from './project-access-logic';

export interface AssignProjectRoleFormProps {
  projectId: string;
  kind: PrincipalKind;
  principal: { id: string; label: string };
  assigned: AssignedRole[];
}

/** Picks one of the project's roles not held yet, and assigns it to a member or a group. */
export function AssignProjectRoleForm({ projectId, kind, principal, assigned }: AssignProjectRoleFormProps) {
  const roles = useQuery(projectRolesOptions(projectId));
  const assign = useAssignProjectRole();
  return (
    <AssignRoleForm
      label="Project role"
      formLabel="Assign a project role"
      options={assignableProjectRoles(roles.data ?? [], assigned)}
      rolesPending={roles.isPending}
      rolesError={roles.error}
      noneLeft="Every role is held"
      onAssign={(role, done) => assign.mutate({ projectId, kind, principal, role }, { onSuccess: done })}
      assigning={assign.isPending}
      assignError={assign.error}
      onReset={assign.reset}
    />
  );
}
