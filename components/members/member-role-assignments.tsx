'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import {
  memberAssignmentsOptions,
  useUnassignMemberRole,
  type AssignedRole,
  type MemberRef,
} from '@/lib/queries/members';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Badge, ErrorState, Skeleton } from '@/components/ui/states';
import { AssignMemberRoleForm } from './assign-role-form';
import { plural } from './members-format';

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
  const closeUnassign = () => {
    unassign.reset();
    setUnassigning(null);
  };

  return (
    <section aria-label="Organization roles" className="space-y-2">
      <h3 className="text-sm font-semibold">Organization roles</h3>
      <p className="text-muted-foreground text-xs">
        Roles assigned to {user.label} directly. Roles held through a group are listed on the group.
      </p>
      {assignments.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : assignments.isError ? (
        <ErrorState
          title="The role assignments could not be loaded"
          message={describeError(assignments.error)}
          action={
            <Button variant="secondary" size="sm" onClick={() => void assignments.refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <>
          {assignments.data.data.length === 0 ? (
            <p className="text-muted-foreground border-border rounded-md border border-dashed px-3 py-3 text-sm">
              No organization roles assigned.
            </p>
          ) : (
            <ul
              aria-label={`Organization roles of ${user.label}`}
              className="divide-border border-border divide-y rounded-md border"
            >
              {assignments.data.data.map((role) => (
                <li key={role.id} className="flex items-start justify-between gap-3 px-3 py-2.5">
                  <div className="min-w-0 space-y-0.5">
                    <p className="text-sm font-medium">
                      {role.name} {role.predefined_role && <Badge>Predefined</Badge>}
                    </p>
                    <p className="text-muted-foreground text-xs">
                      {role.description || 'No description.'} ·{' '}
                      {plural(role.permissions.length, 'permission')}
                    </p>
                  </div>
                  {canAssign && (
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      aria-label={`Unassign ${role.name}`}
                      onClick={() => setUnassigning(role)}
                    >
                      Unassign
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
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
        pending={unassign.isPending}
        error={unassign.isError ? describeError(unassign.error) : null}
        onConfirm={() =>
          unassigning && unassign.mutate({ user, role: unassigning }, { onSuccess: closeUnassign })
        }
      />
    </section>
  );
}
