'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { describeError } from '@/lib/queries/admin-fetch';
import { membersOptions, personLabel } from '@/lib/queries/directory';
import { Skeleton } from '@/components/ui/states';

const SHOWN = 8;

/** Members who hold a built-in role through their organization role (owner / reader): a few, and the count. */
export function RoleBaseMembers({ base, roleName }: { base: 'owner' | 'reader'; roleName: string }) {
  const query = useQuery(membersOptions({ role: base, limit: SHOWN, sort: 'name' }));
  if (query.isPending) return <Skeleton className="h-16 w-full" />;
  if (query.isError) return <p className="text-danger text-sm">{describeError(query.error)}</p>;
  const { data, total } = query.data;
  if (total === 0) return <p className="text-muted-foreground text-sm">No member has the organization role {roleName}.</p>;
  return (
    <div className="space-y-1.5">
      <ul aria-label={`Members whose organization role is ${roleName}`} className="flex flex-wrap gap-1.5">
        {data.map((user) => (
          <li key={user.id} title={user.email ?? undefined} className="bg-muted rounded-full px-2.5 py-0.5 text-xs">
            {personLabel(user)}
          </li>
        ))}
      </ul>
      <Link href={`/members?role=${base}`} className="text-primary text-xs hover:underline">
        {total > data.length ? `See all ${total.toLocaleString('en')} on Members` : 'See them on Members'}
      </Link>
    </div>
  );
}
