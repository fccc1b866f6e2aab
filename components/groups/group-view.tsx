'use client';

import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { groupMembersOptions, groupOptions, groupRolesOptions, isNotFound } from '@/lib/queries/groups';
import { EmptyState, QueryErrorState, Skeleton, TableSkeleton } from '@/components/ui/states';
import { GroupHeader } from './group-header';
import { GroupMembers } from './group-members';
import { GroupRoles } from './group-roles';

/** What the signed-in console role may do here (decided on the server from the registry). */
export interface GroupPermissions {
  rename: boolean;
  delete: boolean;
  members: boolean;
  roles: boolean;
}

export function GroupView({ groupId, can }: { groupId: string; can: GroupPermissions }) {
  const query = useQuery(groupOptions(groupId));
  // The sections below read these once the group is known; asking now saves a round trip (bench-pages).
  usePrefetchQuery(groupMembersOptions(groupId));
  usePrefetchQuery(groupRolesOptions(groupId));

  if (query.isPending)
    return (
      <div className="space-y-6">
        <Skeleton className="h-10 w-72" />
        <TableSkeleton label="Loading the group" />
      </div>
    );
  if (query.isError) {
    const back = (
      <Link href="/groups" className="text-sm font-medium underline underline-offset-4">
        Back to groups
      </Link>
    );
    return isNotFound(query.error) ? (
      <EmptyState title="Group not found" action={back}>
        There is no group with the id <span className="font-mono">{groupId}</span> in this
        organization. It may have been deleted, or the link is mistyped.
      </EmptyState>
    ) : (
      <QueryErrorState title="The group could not be loaded" query={query} />
    );
  }

  const group = query.data;
  return (
    <div className="space-y-10">
      <GroupHeader group={group} can={can} />
      <GroupMembers group={group} canEdit={can.members} />
      <GroupRoles group={group} canEdit={can.roles} />
    </div>
  );
}
