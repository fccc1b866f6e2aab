'use client';

import { useState } from 'react';

import { personLabel } from '@/lib/queries/directory';
import type { UserHolder, UserRoleScan } from '@/lib/queries/role-holders';
import { useUnassignRole, type Group, type Role } from '@/lib/queries/roles';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { QueryErrorState, Skeleton } from '@/components/ui/states';

const SHOWN = 50;

export interface RolePeopleProps {
  role: Role;
  holders: readonly UserHolder[];
  scan: { data: UserRoleScan | undefined; checking: boolean; error: unknown; recheck: () => void };
  groups: readonly Group[];
  canUnassign: boolean;
}

/** Members assigned the role, as the holders scan finds them, with its progress; unassign. */
export function RolePeople({ role, holders, scan, groups, canUnassign }: RolePeopleProps) {
  const [all, setAll] = useState(false);
  const [leaving, setLeaving] = useState<UserHolder | null>(null);
  const unassign = useUnassignRole();
  const { data, checking, error } = scan;
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? 'a group';

  return (
    <div className="space-y-2">
      {error ? (
        <QueryErrorState title="Members’ roles could not all be read" query={{ error, refetch: scan.recheck }} size="sm" />
      ) : (
        <ScanProgress data={data} checking={checking} onRecheck={scan.recheck} />
      )}
      {!data && checking ? (
        <Skeleton className="h-8 w-full" />
      ) : holders.length === 0 ? (
        data && <p className="text-muted-foreground text-sm">{checking ? 'No member found with this role so far.' : 'No member is assigned this role.'}</p>
      ) : (
        <ul aria-label={`Members holding ${role.name}`} className="divide-border divide-y rounded-md border">
          {(all ? holders : holders.slice(0, SHOWN)).map((h) => (
            <li key={h.user.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
              <div className="min-w-0">
                <div className="truncate font-medium">{personLabel(h.user)}</div>
                <div className="text-muted-foreground truncate text-xs">
                  {h.user.name && h.user.email}
                  {h.viaGroups.length > 0 && ` · through ${h.viaGroups.map(groupName).join(', ')}`}
                </div>
              </div>
              {canUnassign && h.direct && (
                <Button size="sm" variant="ghost" className="text-danger" aria-label={`Unassign ${role.name} from ${personLabel(h.user)}`} onClick={() => setLeaving(h)}>
                  Unassign
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {holders.length > SHOWN && (
        <Button size="sm" variant="ghost" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${holders.length.toLocaleString('en')}`}
        </Button>
      )}
      <ConfirmDialog
        open={!!leaving}
        onClose={() => setLeaving(null)}
        title={`Unassign ${role.name}?`}
        consequence={
          <>
            <strong>{leaving && personLabel(leaving.user)}</strong> loses the {role.permissions.length} permissions “{role.name}” grants, unless a group
            they belong to holds it too.
          </>
        }
        confirmLabel="Unassign role"
        mutation={unassign}
        onConfirm={() => leaving && unassign.mutate({ role, user: leaving.user }, { onSuccess: () => setLeaving(null) })}
      />
    </div>
  );
}

function ScanProgress({ data, checking, onRecheck }: { data: UserRoleScan | undefined; checking: boolean; onRecheck: () => void }) {
  if (checking) {
    const total = data?.total ?? 0;
    const checked = data?.checked ?? 0;
    return (
      <div role="status" className="space-y-1">
        <p className="text-muted-foreground text-xs">
          {total > 0 ? `Checking every member’s roles: ${checked.toLocaleString('en')} of ${total.toLocaleString('en')}` : 'Reading the list of members…'}
        </p>
        <progress className="h-1.5 w-full accent-current" max={total || 1} value={checked} aria-label="Members checked" />
      </div>
    );
  }
  if (!data) return null;
  return (
    <p className="text-muted-foreground flex items-center justify-between gap-2 text-xs">
      <span>
        {data.done
          ? `All ${data.total.toLocaleString('en')} members checked.`
          : `The check stopped after ${data.checked.toLocaleString('en')} of ${data.total.toLocaleString('en')} members.`}
      </span>
      <Button size="sm" variant="ghost" onClick={onRecheck}>
        Check again
      </Button>
    </p>
  );
}
