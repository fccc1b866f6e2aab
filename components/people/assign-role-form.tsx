'use client';

import { useId, useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { Button } from '@/components/ui/button';

/** A role one may assign: organization or project, custom or built-in. */
export interface RoleChoice {
  id: string;
  name: string;
  description?: string | null;
  predefined_role?: boolean;
}

export interface AssignRoleFormProps<R extends RoleChoice> {
  /** The select's label ("Organization role", "Project role"...). */
  label: string;
  /** The form's accessible name. */
  formLabel?: string;
  /** The roles not held yet. */
  options: readonly R[];
  rolesPending: boolean;
  rolesError: unknown;
  /** What the select says when nothing is left to assign. */
  noneLeft: string;
  /** Assigns the role; calls `done` once it succeeded (the choice is then cleared). */
  onAssign: (role: R, done: () => void) => void;
  assigning: boolean;
  assignError: unknown;
  /** Forget a previous failure (a new choice was made). */
  onReset: () => void;
}

/**
 * Picks one role not held yet and assigns it: the same form for a member's organization roles, a
 * group's, and a project member's or project group's project roles. Data and mutation stay with
 * the caller.
 */
export function AssignRoleForm<R extends RoleChoice>(props: AssignRoleFormProps<R>) {
  const { label, formLabel, options, rolesPending, rolesError, noneLeft, onAssign, assigning, assignError, onReset } = props;
  const id = useId();
  const [roleId, setRoleId] = useState('');
  const chosen = options.find((r) => r.id === roleId);
  const error = rolesError ? describeError(rolesError) : assignError ? describeError(assignError) : null;
  return (
    <form
      aria-label={formLabel ?? `Assign: ${label}`}
      className="space-y-2 pt-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onAssign(chosen, () => setRoleId(''));
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1 space-y-1.5">
          <label htmlFor={id} className="block text-sm font-medium">
            {label}
          </label>
          <select
            id={id}
            value={roleId}
            onChange={(e) => {
              setRoleId(e.target.value);
              onReset();
            }}
            disabled={rolesPending || Boolean(rolesError) || options.length === 0}
            className="h-9 w-full rounded-md border border-input bg-card px-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            <option value="">{rolesPending ? 'Loading roles…' : options.length === 0 ? noneLeft : 'Choose a role'}</option>
            {options.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
                {role.predefined_role ? ' (built-in)' : ''}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={!chosen} pending={assigning}>
          Assign role
        </Button>
      </div>
      {chosen?.description && <p className="text-xs text-muted-foreground">{chosen.description}</p>}
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
