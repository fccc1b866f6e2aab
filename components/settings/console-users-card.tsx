'use client';

import { useActionState, useState } from 'react';
import type { ConsoleUserRow } from '@/lib/admin/console-users';
import { CONSOLE_ROLES } from '@/lib/admin/operation';
import { INITIAL_FORM_STATE, type FormAction } from '@/lib/admin/form-state';
import { formatDate } from '@/lib/format/dates';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/input';
import { Badge } from '@/components/ui/states';

const ROLE_HELP: Record<string, string> = {
  viewer: 'reads everything, changes nothing',
  operator: 'manages members, invites, projects, groups and rate limits',
  admin: 'everything, including keys, certificates, roles and console users',
};

export function ConsoleUsersCard({ users, currentUserId, addUser }: { users: ConsoleUserRow[]; currentUserId: string; addUser: FormAction }) {
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title="Console users"
      description="People who can sign in to this console, and what their role lets them do."
      actions={!adding && <Button size="sm" onClick={() => setAdding(true)}>Add console user</Button>}
    >
      {adding && <AddUserForm addUser={addUser} onDone={() => setAdding(false)} />}
      <table className="w-full text-sm">
        <thead className="text-left text-xs tracking-wide text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="py-2 font-medium">Person</th>
            <th scope="col" className="py-2 font-medium">Role</th>
            <th scope="col" className="py-2 font-medium">Added</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {users.map((user) => (
            <tr key={user.id}>
              <td className="py-2">
                <div className="font-medium">
                  {user.name} {user.id === currentUserId && <span className="text-xs text-muted-foreground">(you)</span>}
                </div>
                <div className="text-xs text-muted-foreground">{user.email}</div>
              </td>
              <td className="py-2">
                <span className="capitalize">{user.role}</span> {user.disabled && <Badge tone="danger">Disabled</Badge>}
              </td>
              <td className="py-2 text-muted-foreground">{formatDate(Date.parse(user.createdAt) / 1000)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function AddUserForm({ addUser, onDone }: { addUser: FormAction; onDone: () => void }) {
  const [state, action, pending] = useActionState(async (previous: typeof INITIAL_FORM_STATE, form: FormData) => {
    const next = await addUser(previous, form);
    if (!next.error && !next.fieldErrors) onDone();
    return next;
  }, INITIAL_FORM_STATE);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate aria-label="Add console user" className="mb-5 grid gap-4 rounded-md border border-border p-4 sm:grid-cols-2">
      <Field id="new-user-name" label="Name" error={error('name')}>
        <Input id="new-user-name" name="name" defaultValue={state.values?.name} aria-invalid={!!error('name')} />
      </Field>
      <Field id="new-user-email" label="Email" error={error('email')}>
        <Input id="new-user-email" name="email" type="email" defaultValue={state.values?.email} aria-invalid={!!error('email')} />
      </Field>
      <Field id="new-user-role" label="Role" error={error('role')}>
        <select id="new-user-role" name="role" defaultValue={state.values?.role || 'viewer'} className="h-9 w-full rounded-md border border-input bg-card px-2 text-sm">
          {CONSOLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {role} — {ROLE_HELP[role]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-user-password" label="First password" error={error('password')} hint="At least 12 characters; pass it on safely.">
        <Input id="new-user-password" name="password" type="password" autoComplete="new-password" aria-invalid={!!error('password')} />
      </Field>
      {state.error && <p role="alert" className="text-sm text-danger sm:col-span-2">{state.error}</p>}
      <div className="flex justify-end gap-2 sm:col-span-2">
        <Button variant="secondary" onClick={onDone} disabled={pending}>Cancel</Button>
        <Button type="submit" pending={pending}>Add user</Button>
      </div>
    </form>
  );
}
