'use client';

import type { ConsoleUserRow } from '@/lib/admin/console-users';
import { CONSOLE_ROLES } from '@/lib/admin/operation';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { RoleSelect } from './role-select';

export type RowCommand = 'revoke' | 'disable' | 'enable' | 'reset';

export interface ConsoleUserRowViewProps {
  user: ConsoleUserRow;
  isYou: boolean;
  busy: boolean;
  onRole: (role: string) => void;
  onCommand: (command: RowCommand) => void;
}

const seconds = (iso: string | null) => (iso ? Date.parse(iso) / 1000 : null);

export function ConsoleUserRowView({ user, isYou, busy, onRole, onCommand }: ConsoleUserRowViewProps) {
  const lastActive = seconds(user.lastActiveAt);
  return (
    <tr aria-busy={busy || undefined}>
      <td className="py-2.5 pr-3">
        <div className="font-medium">
          {user.name} {isYou && <span className="text-muted-foreground text-xs">(you)</span>}
        </div>
        <div className="text-muted-foreground text-xs">{user.email}</div>
      </td>
      <td className="py-2.5 pr-3">
        <RoleSelect aria-label={`Role of ${user.name}`} value={user.role} disabled={busy} onChange={(e) => onRole(e.target.value)} className="h-8 w-28">
          {CONSOLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </RoleSelect>
      </td>
      <td className="py-2.5 pr-3">{user.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
      <td className="py-2.5 pr-3" title={lastActive ? `Last active ${formatDateTime(lastActive)}` : undefined}>
        {user.activeSessions === 0 ? (
          <span className="text-muted-foreground">none</span>
        ) : (
          <>
            {user.activeSessions} {user.activeSessions === 1 ? 'session' : 'sessions'}
            <div className="text-muted-foreground text-xs">active {formatRelative(lastActive)}</div>
          </>
        )}
      </td>
      <td className="text-muted-foreground py-2.5 pr-3 whitespace-nowrap">{formatDate(seconds(user.createdAt))}</td>
      <td className="py-2.5 text-right">
        {isYou ? (
          <span className="text-muted-foreground text-xs">Manage under Your account</span>
        ) : (
          <div className="flex justify-end gap-1">
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => onCommand('revoke')} aria-label={`Revoke sessions of ${user.name}`}>
              Revoke sessions
            </Button>
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => onCommand('reset')} aria-label={`Reset password of ${user.name}`}>
              Reset password
            </Button>
            {user.disabled ? (
              <Button size="sm" variant="ghost" disabled={busy} onClick={() => onCommand('enable')} aria-label={`Enable ${user.name}`}>
                Enable
              </Button>
            ) : (
              <Button size="sm" variant="ghost" className="text-danger" disabled={busy} onClick={() => onCommand('disable')} aria-label={`Disable ${user.name}`}>
                Disable
              </Button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
