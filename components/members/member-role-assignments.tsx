'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import {
  memberAssignmentsOptions,
  useUnassignMemberRole,
  type AssignedRole,
  type MemberRef,
} from '@/lib/queries/members';

import { ConfirmDialog } from '@/components/ui/dialog';
import { QueryErrorState, Skeleton } from '@/components/ui/states';
import { AssignedRoleList, plural } from '@/components/people/assigned-role-list';
import { AssignMemberRoleForm } from './assign-role-form';

/** A member's organization role assignments; console admins assign and unassign them here. */
export function MemberRoleAssignments({
  user,
  canAssign,
}: {
  user: MemberRef;
  canAssign: boolean;
}) {
  const assignments = useQuery(memberAssignmentsOptions(user.id));
  const [unassigning, setUnassigning] = useState<AssignedRole | null>(null);
  const unassign = useUnassignMemberRole();
  const closeUnassign = () => setUnassigning(null);

  return (
    <section aria-label="Organization roles" className="space-y-2">
      <h3 className="text-sm font-semibold">Organization roles</h3>
      <p className="text-muted-foreground text-xs">
        Roles assigned to {user.label} directly. Roles held through a group are listed on the group.
      </p>
      {assignments.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : assignments.isError ? (
        <QueryErrorState title="The role assignments could not be loaded" query={assignments} size="sm" />
      ) : (
        <>
          <AssignedRoleList
            label={`Organization roles of ${user.label}`}
            empty="No organization roles assigned."
            roles={assignments.data.data}
            onUnassign={canAssign ? setUnassigning : undefined}
          />
          {canAssign && (
            <AssignMemberRoleForm
              user={user}
              assigned={new Set(assignments.data.data.map((r) => r.id))}
            />
          )}
        </>
      )}
      <ConfirmDialog
        open={!!unassigning}
        onClose={closeUnassign}
        title={`Unassign ${unassigning?.name ?? 'role'} from ${user.label}?`}
        consequence={
          <>
            {user.label} loses the {plural(unassigning?.permissions.length ?? 0, 'permission')} of{' '}
            <strong className="text-foreground">{unassigning?.name}</strong>, unless another role or
            a group grants them. You can assign it again later.
          </>
        }
        confirmLabel="Unassign role"
        mutation={unassign}
        onConfirm={() =>
          unassigning && unassign.mutate({ user, role: unassigning }, { onSuccess: closeUnassign })
        }
      />
    </section>
  );
}
