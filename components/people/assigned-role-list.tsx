import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';

/** A role someone holds (organization or project): what the list shows of it. */
export interface AssignedRoleItem {
  id: string;
  name: string;
  description?: string | null;
  predefined_role?: boolean;
  permissions: readonly string[];
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The roles a member or group holds, each with its description and permission count, and an
 * Unassign button when `onUnassign` is given. Says so when there are none.
 */
export function AssignedRoleList<R extends AssignedRoleItem>({
  label,
  empty,
  roles,
  onUnassign,
}: {
  label: string;
  empty: string;
  roles: readonly R[];
  onUnassign?: (role: R) => void;
}) {
  if (roles.length === 0)
    return <p className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-border rounded-md border border-border">
      {roles.map((role) => (
        <li key={role.id} className="flex items-start justify-between gap-3 px-3 py-2.5">
          <div className="min-w-0 space-y-0.5">
            <p className="text-sm font-medium">
              {role.name} {role.predefined_role && <Badge>Built-in</Badge>}
            </p>
            <p className="text-xs text-muted-foreground">
              {role.description || 'No description.'} · {plural(role.permissions.length, 'permission')}
            </p>
          </div>
          {onUnassign && (
            <Button size="sm" variant="ghost" className="text-danger" aria-label={`Unassign ${role.name}`} onClick={() => onUnassign(role)}>
              Unassign
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
