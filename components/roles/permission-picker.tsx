'use client';

import { ShieldAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import {
  PERMISSION_AREAS,
  areaState,
  groupPermissions,
  permissionsFor,
  toggleArea,
  togglePermission,
  type PermissionArea,
  type RoleLevel,
} from '@/lib/admin/permissions';
import { Badge } from '@/components/ui/states';

export interface PermissionPickerProps {
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  level?: RoleLevel;
  disabled?: boolean;
}

/** Permissions grouped by the resource they cover, each with what it allows; a whole area at once too. */
export function PermissionPicker({ selected, onChange, level = 'organization', disabled }: PermissionPickerProps) {
  const known = new Set(permissionsFor(level));
  const unknown = groupPermissions(selected.filter((p) => !known.has(p)), level);
  return (
    <div role="group" aria-label="Permissions" className="grid gap-3 sm:grid-cols-2">
      {PERMISSION_AREAS[level].map((area) => (
        <AreaFieldset key={area.resource} area={area} selected={selected} onChange={onChange} disabled={disabled} />
      ))}
      {unknown.map((group) => (
        <fieldset key={group.resource} className="border-border rounded-md border px-3 py-2 sm:col-span-2">
          <legend className="px-1 text-sm font-medium">Other permissions this role has</legend>
          <p className="text-muted-foreground pb-1 text-xs">The console does not describe these; untick one to remove it from the role.</p>
          {group.permissions.map((p) => (
            <label key={p.permission} className="flex items-center gap-2 py-1 text-sm">
              <input type="checkbox" checked disabled={disabled} onChange={() => onChange(togglePermission(selected, p.permission, false, level))} />
              <code className="text-xs">{p.permission}</code>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function AreaFieldset({ area, selected, onChange, disabled }: { area: PermissionArea; selected: readonly string[]; onChange: (s: string[]) => void; disabled?: boolean }) {
  const state = areaState(selected, area);
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <fieldset className="border-border rounded-md border px-3 pt-1 pb-2">
      <legend className="px-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            ref={allRef}
            type="checkbox"
            checked={state === 'all'}
            disabled={disabled}
            aria-label={`All of ${area.label}`}
            onChange={(e) => onChange(toggleArea(selected, area, e.target.checked))}
          />
          {area.label}
        </label>
      </legend>
      <p className="text-muted-foreground pb-1 text-xs">{area.about}</p>
      <ul className="space-y-1">
        {area.permissions.map((p) => (
          <li key={p.permission}>
            <label className="hover:bg-muted/60 flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={selected.includes(p.permission)}
                disabled={disabled}
                onChange={(e) => onChange(togglePermission(selected, p.permission, e.target.checked, area.level))}
              />
              <span className="min-w-0 space-y-0.5">
                <span className="flex flex-wrap items-center gap-1.5">
                  <span className="font-medium capitalize">{p.access === 'use' ? 'Request' : p.access}</span>
                  <code className="text-muted-foreground text-xs">{p.permission}</code>
                  {p.sensitive && (
                    <Badge tone="warning">
                      <ShieldAlert className="mr-1 size-3" aria-hidden />
                      can grant access
                    </Badge>
                  )}
                </span>
                <span className="text-muted-foreground block text-xs">{p.allows}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
