'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import type { ActionResult, ConsoleUserActions, ConsoleUserRow } from '@/lib/admin/console-users';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { AddConsoleUserForm } from './add-console-user-form';
import { consoleUserCsvColumns } from './console-user-csv';
import { ConsoleUserRowView, type RowCommand } from './console-user-row';
import { ResetPasswordDialog } from './reset-password-dialog';

type Pending = { kind: 'revoke' | 'disable'; user: ConsoleUserRow } | { kind: 'demote-self'; user: ConsoleUserRow; role: string };

const CONFIRM = {
  revoke: (u: ConsoleUserRow) => ({
    title: `Revoke the sessions of ${u.name}?`,
    consequence: `${u.email} is signed out everywhere at once and has to sign in again. Their account stays active.`,
    label: 'Revoke sessions',
  }),
  disable: (u: ConsoleUserRow) => ({
    title: `Disable ${u.name}?`,
    consequence: `${u.email} is signed out everywhere at once and cannot sign in until a console admin enables the account again. Their role is kept.`,
    label: 'Disable account',
  }),
  'demote-self': (u: ConsoleUserRow, role = '') => ({
    title: `Make yourself ${role}?`,
    consequence: `You (${u.email}) lose the admin role at once: you can no longer manage console users, keys or certificates, and only another admin can give it back.`,
    label: `Make me ${role}`,
  }),
};

export function ConsoleUsersCard({ users, currentUserId, actions }: { users: ConsoleUserRow[]; currentUserId: string; actions: ConsoleUserActions }) {
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [resetting, setResetting] = useState<ConsoleUserRow | null>(null);

  /** Runs one change for a person; answers whether it worked (errors go to `onError`, or a toast). */
  async function change(user: ConsoleUserRow, act: () => Promise<ActionResult>, success: string, onError: (error: string) => void = toast.error) {
    setBusy(user.id);
    try {
      const { error } = await act();
      if (error) onError(error);
      else toast.success(success);
      return !error;
    } catch {
      onError('The console could not make the change. Reload the page and try again.');
      return false;
    } finally {
      setBusy(null);
    }
  }

  const onRole = (user: ConsoleUserRow, role: string) => {
    if (role === user.role) return;
    if (user.id === currentUserId && user.role === 'admin') setConfirming({ kind: 'demote-self', user, role });
    else void change(user, () => actions.setRole(user.id, role), `${user.name} is now ${role}.`);
  };
  const onCommand = (user: ConsoleUserRow, command: RowCommand) => {
    if (command === 'reset') setResetting(user);
    else if (command === 'enable') void change(user, () => actions.setDisabled(user.id, false), `${user.name} can sign in again.`);
    else setConfirming({ kind: command, user });
  };
  const closeConfirm = () => {
    setConfirming(null);
    setConfirmError(null);
  };
  const confirm = async () => {
    const asked = confirming;
    if (!asked) return;
    const { user } = asked;
    let ok: boolean;
    if (asked.kind === 'demote-self') {
      const { role } = asked;
      ok = await change(user, () => actions.setRole(user.id, role), `You are now ${role}.`, setConfirmError);
    } else if (asked.kind === 'revoke') ok = await change(user, () => actions.revokeSessions(user.id), `${user.name} was signed out everywhere.`, setConfirmError);
    else ok = await change(user, () => actions.setDisabled(user.id, true), `${user.name} is disabled and was signed out.`, setConfirmError);
    if (ok) closeConfirm();
  };
  const text = confirming && CONFIRM[confirming.kind](confirming.user, confirming.kind === 'demote-self' ? confirming.role : undefined);

  return (
    <Card
      title="Console users"
      description="People who can sign in to this console, and what their role lets them do."
      actions={
        <div className="flex gap-2">
          <ExportCsvButton what="console-users" columns={consoleUserCsvColumns} rows={users} disabled={users.length === 0} />
          {!adding && <Button size="sm" onClick={() => setAdding(true)}>Add console user</Button>}
        </div>
      }
    >
      {adding && <AddConsoleUserForm addUser={actions.addUser} onDone={() => setAdding(false)} />}
      <div className="overflow-x-auto">
        <table aria-label="Console users" className="w-full text-sm">
          <thead className="text-muted-foreground text-left text-xs tracking-wide uppercase">
            <tr>
              {['Person', 'Role', 'Status', 'Sessions', 'Added'].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3 font-medium">{h}</th>
              ))}
              <th scope="col" className="py-2 text-right font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-border divide-y">
            {users.map((user) => (
              <ConsoleUserRowView key={user.id} user={user} isYou={user.id === currentUserId} busy={busy === user.id} onRole={(role) => onRole(user, role)} onCommand={(c) => onCommand(user, c)} />
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog open={!!confirming} onClose={closeConfirm} title={text?.title ?? ''} consequence={text?.consequence} confirmLabel={text?.label ?? ''} pending={!!busy} error={confirmError} onConfirm={() => void confirm()} />
      <ResetPasswordDialog user={resetting} resetPassword={actions.resetPassword} onClose={() => setResetting(null)} />
    </Card>
  );
}
