import { groupPermissions, summarisePermissions, summaryText } from '@/lib/admin/permissions';
import { Badge } from '@/components/ui/states';

/** What a role grants, grouped by resource, each permission with what it allows. */
export function RolePermissions({ roleName, permissions }: { roleName: string; permissions: readonly string[] }) {
  const groups = groupPermissions(permissions);
  const summary = summarisePermissions(permissions);
  return (
    <div className="space-y-2">
      <p className="text-muted-foreground text-xs">{summaryText(summary)}</p>
      {groups.length === 0 ? (
        <p className="text-muted-foreground text-sm">This role grants no permission.</p>
      ) : (
        <ul aria-label={`Permissions of ${roleName}`} className="divide-border border-border divide-y rounded-md border">
          {groups.map((group) => (
            <li key={group.resource} className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-2 px-3 py-2">
              <p className="text-sm font-medium break-words">
                {group.label}
                {group.unknown && <span className="text-muted-foreground block text-xs font-normal">not described here</span>}
              </p>
              <ul className="space-y-1.5">
                {group.permissions.map((p) => (
                  <li key={p.permission} className="text-xs">
                    <span className="flex flex-wrap items-center gap-1.5">
                      <Badge tone={p.access === 'read' ? 'neutral' : 'warning'}>{p.access === 'use' ? 'request' : p.access}</Badge>
                      <code className="text-muted-foreground">{p.permission}</code>
                    </span>
                    <span className="text-muted-foreground block pt-0.5">{p.allows}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
