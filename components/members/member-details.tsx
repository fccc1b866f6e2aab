'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import type { MemberRow } from '@/lib/queries/directory';
import { Facts } from '@/components/ui/card';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { ROLE_NAMES } from './role-cell';

const PROJECT_ROLES: Record<string, string> = { owner: 'Owner', member: 'Member' };

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count: number | null;
  children: ReactNode;
}) {
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold">
        {title}{' '}
        {count !== null && (
          <span className="text-muted-foreground font-normal tabular-nums">{count}</span>
        )}
      </h3>
      {children}
    </section>
  );
}

/** One member's facts, projects (with their project role) and groups. */
export function MemberDetails({ member }: { member: MemberRow }) {
  const projects = member.projects ?? [];
  const groups = member.groups ?? [];
  return (
    <>
      <Facts
        items={[
          {
            term: 'Organization role',
            value: ROLE_NAMES[member.role ?? ''] ?? member.role ?? '—',
          },
          {
            term: 'Added',
            value: (
              <span title={formatDateTime(member.added_at)}>
                {formatDate(member.added_at)} ({formatRelative(member.added_at)})
              </span>
            ),
          },
          {
            term: 'Managed by',
            value: member.is_scim_managed ? 'SCIM (identity provider)' : 'This organization',
          },
          {
            term: 'User id',
            value: <span className="text-muted-foreground font-mono text-xs">{member.id}</span>,
          },
        ]}
      />

      <Section title="Projects" count={member.projects && projects.length}>
        {member.projects === null ? (
          <p className="text-muted-foreground text-sm">Loading memberships…</p>
        ) : projects.length === 0 ? (
          <p className="text-muted-foreground text-sm">Not a member of any project.</p>
        ) : (
          <Table label={`Projects of ${member.name ?? member.email ?? member.id}`}>
            <TableHead>
              <Th>Project</Th>
              <Th>Project role</Th>
            </TableHead>
            <TableBody>
              {projects.map((project) => (
                <tr key={project.id}>
                  <Td>
                    {project.name}
                    {project.archived && (
                      <span className="ml-2">
                        <Badge>Archived</Badge>
                      </span>
                    )}
                  </Td>
                  <Td>{PROJECT_ROLES[project.role] ?? project.role}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section title="Groups" count={member.groups && groups.length}>
        {member.groups === null ? (
          <p className="text-muted-foreground text-sm">Loading memberships…</p>
        ) : groups.length === 0 ? (
          <p className="text-muted-foreground text-sm">Not in any group.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {groups.map((group) => (
              <li key={group.id}>
                <Link
                  href={`/groups/${encodeURIComponent(group.id)}`}
                  className="bg-muted hover:bg-muted/70 inline-flex rounded-full px-2.5 py-0.5 text-xs"
                >
                  {group.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
