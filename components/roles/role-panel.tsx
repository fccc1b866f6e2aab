'use client';

import { X } from 'lucide-react';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';

import type { UserHolder } from '@/lib/queries/role-holders';
import { baseRoleOf, useDeleteRole, type Role } from '@/lib/queries/roles';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Badge } from '@/components/ui/states';
import { holderConsequence, type HolderSummary } from './holder-summary';
import { RoleAssignForm } from './role-assign-form';
import { RoleBaseMembers } from './role-base-members';
import { RolePeople, type RolePeopleProps } from './role-people';
import { RolePermissions } from './role-permissions';

export interface RoleCan {
  create: boolean;
  update: boolean;
  remove: boolean;
  assign: boolean;
  unassign: boolean;
}

export interface RolePanelProps {
  role: Role;
  holders: HolderSummary;
  people: readonly UserHolder[];
  scan: RolePeopleProps['scan'];
  can: RoleCan;
  onEdit: () => void;
  onClose: () => void;
}

/** One role: what it grants and who holds it; edit, delete, assign and unassign where allowed. */
export function RolePanel({ role, holders, people, scan, can, onEdit, onClose }: RolePanelProps) {
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteRole();
  const base = baseRoleOf(role);
  const custom = !role.predefined_role;

  return (
    <aside aria-label={`Role ${role.name}`} className="border-border bg-card space-y-5 self-start rounded-lg border p-5">
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            {role.name}
            <Badge tone={custom ? 'success' : 'neutral'}>{custom ? 'Custom' : 'Built-in'}</Badge>
          </h2>
          {role.description && <p className="text-muted-foreground text-sm">{role.description}</p>}
          <p className="text-muted-foreground font-mono text-xs">{role.id}</p>
        </div>
        <Button size="sm" variant="ghost" aria-label="Close role panel" onClick={onClose}>
          <X className="size-4" aria-hidden />
        </Button>
      </header>
      {custom && (can.update || can.remove) && (
        <div className="flex gap-2">
          {can.update && (
            <Button size="sm" variant="secondary" onClick={onEdit}>
              Edit role
            </Button>
          )}
          {can.remove && (
            <Button size="sm" variant="secondary" className="text-danger" onClick={() => setDeleting(true)}>
              Delete role
            </Button>
          )}
        </div>
      )}
      {!custom && <p className="text-muted-foreground text-xs">Built-in roles are defined by OpenAI: they cannot be edited or deleted.</p>}

      <Section title={`Permissions (${role.permissions.length})`}>
        <RolePermissions roleName={role.name} permissions={role.permissions} />
      </Section>

      <Section title="Groups holding it">
        {holders.groups.length === 0 ? (
          <p className="text-muted-foreground text-sm">No group holds this role.</p>
        ) : (
          <ul aria-label={`Groups holding ${role.name}`} className="flex flex-wrap gap-1.5">
            {holders.groups.map((g) => (
              <li key={g.id}>
                <Link href={`/groups/${encodeURIComponent(g.id)}`} className="bg-muted hover:bg-muted/70 rounded-full px-2.5 py-0.5 text-xs">
                  {g.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {base && (
        <Section title={`Members whose organization role is ${role.name}`}>
          <RoleBaseMembers base={base} roleName={role.name} />
        </Section>
      )}

      <Section title="Members assigned it">
        <RolePeople role={role} holders={people} scan={scan} groups={holders.groups} canUnassign={can.unassign} />
        {can.assign && <RoleAssignForm role={role} holderIds={new Set(people.filter((h) => h.direct).map((h) => h.user.id))} />}
      </Section>

      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete ${role.name}?`}
        consequence={
          <>
            <strong>{role.name}</strong> is deleted for good. {holderConsequence(holders)}
          </>
        }
        confirmLabel="Delete role"
        mutation={remove}
        onConfirm={() => remove.mutate(role, { onSuccess: onClose })}
      />
    </aside>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-muted-foreground text-xs font-medium tracking-wide uppercase">{title}</h3>
      {children}
    </section>
  );
}
