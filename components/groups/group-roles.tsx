'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import {
  groupRolesOptions,
  useUnassignGroupRole,
  type AssignedRole,
  type Group,
} from '@/lib/queries/groups';

import { fileSlug } from '@/lib/format/csv';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { AssignGroupRoleForm } from './assign-role-form';
import { GroupRolesTable } from './group-roles-table';
import { roleCsvColumns } from './groups-logic';

/** The organization roles the group holds (every member gets their permissions): assign, unassign. */
export function GroupRoles({ group, canEdit }: { group: Group; canEdit: boolean }) {
  const roles = useQuery(groupRolesOptions(group.id));
  const [unassigning, setUnassigning] = useState<AssignedRole | null>(null);
  const unassign = useUnassignGroupRole();
  const close = () => setUnassigning(null);

  return (
    <section aria-labelledby="roles-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 id="roles-heading" className="text-lg font-semibold">
            Organization roles
          </h2>
          <p className="text-muted-foreground text-sm">
            Every member of {group.name} holds these roles&apos; permissions in the organization.
          </p>
        </div>
        <ExportCsvButton
          what={`group-${fileSlug(group.name, 'group')}-roles`}
          columns={roleCsvColumns}
          rows={roles.data ?? []}
          disabled={!roles.data?.length}
        />
      </div>
      {canEdit && roles.data && <AssignGroupRoleForm group={group} assigned={roles.data} />}

      {roles.isPending ? (
        <TableSkeleton label="Loading role assignments" rows={2} />
      ) : roles.isError ? (
        <QueryErrorState title="The role assignments could not be loaded" query={roles} />
      ) : roles.data.length === 0 ? (
        <EmptyState title="No organization roles">
          {canEdit
            ? 'Assign a role above to give every member its permissions.'
            : 'This group gives its members no organization role.'}
        </EmptyState>
      ) : (
        <GroupRolesTable roles={roles.data} canEdit={canEdit} onUnassign={setUnassigning} />
      )}

      <ConfirmDialog
        open={!!unassigning}
        onClose={close}
        title={`Unassign ${unassigning?.name ?? 'role'} from ${group.name}?`}
        consequence={
          <>
            Members of <strong>{group.name}</strong> lose the permissions of{' '}
            <strong>{unassigning?.name}</strong>, unless they hold that role directly or through
            another group.
          </>
        }
        confirmLabel="Unassign role"
        mutation={unassign}
        onConfirm={() =>
          unassigning &&
          unassign.mutate(
            { groupId: group.id, groupName: group.name, role: unassigning },
            { onSuccess: close },
          )
        }
      />
    </section>
  );
}
