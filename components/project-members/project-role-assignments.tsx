'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import {
  projectAssignmentsOptions,
  useUnassignProjectRole,
  type AssignedRole,
  type PrincipalKind,
} from '@/lib/queries/project-members';

import { ConfirmDialog } from '@/components/ui/dialog';
import { QueryErrorState, Skeleton } from '@/components/ui/states';
import { AssignedRoleList, plural } from '@/components/people/assigned-role-list';
import { AssignProjectRoleForm } from './assign-project-role-form';

export interface ProjectRoleAssignmentsProps {
  projectId: string;
  kind: PrincipalKind;
  principal: { id: string; label: string };
  canAssign: boolean;
}

/** The project roles a user or a group holds in this project: list, assign, unassign. */
export function ProjectRoleAssignments({
  projectId,
  kind,
  principal,
  canAssign,
}: ProjectRoleAssignmentsProps) {
  const assignments = useQuery(projectAssignmentsOptions(projectId, kind, principal.id));
  const [unassigning, setUnassigning] = useState<AssignedRole | null>(null);
  const unassign = useUnassignProjectRole();
  const close = () => setUnassigning(null);
  const whose = kind === 'groups' ? `members of ${principal.label}` : principal.label;

  return (
    <section aria-label="Project roles" className="space-y-2">
      <h3 className="text-sm font-semibold">Project roles</h3>
      <p className="text-muted-foreground text-xs">
        Roles assigned to {principal.label} in this project
        {kind === 'users' ? ' directly; roles held through a group are on the Groups tab' : ''}.
      </p>
      {assignments.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : assignments.isError ? (
        <QueryErrorState title="The project roles could not be loaded" query={assignments} size="sm" />
      ) : (
        <>
          <AssignedRoleList
            label={`Project roles of ${principal.label}`}
            empty="No project roles assigned."
            roles={assignments.data}
            onUnassign={canAssign ? setUnassigning : undefined}
          />
          {canAssign && (
            <AssignProjectRoleForm
              projectId={projectId}
              kind={kind}
              principal={principal}
              assigned={assignments.data}
            />
          )}
        </>
      )}
      <ConfirmDialog
        open={!!unassigning}
        onClose={close}
        title={`Unassign ${unassigning?.name ?? 'role'} from ${principal.label}?`}
        consequence={
          <>
            The {whose} lose the {plural(unassigning?.permissions.length ?? 0, 'permission')} of{' '}
            <strong className="text-foreground">{unassigning?.name}</strong> in this project, unless
            another role or a group grants them. You can assign it again later.
          </>
        }
        confirmLabel="Unassign role"
        mutation={unassign}
        onConfirm={() =>
          unassigning &&
          unassign.mutate({ projectId, kind, principal, role: unassigning }, { onSuccess: close })
        }
      />
    </section>
  );
}
