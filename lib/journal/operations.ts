import { OPERATIONS, OPERATIONS_BY_NAME } from '@/lib/admin/operations';

/*
 * The operations the journal records, in words and in families for the journal's filter. Admin
 * API changes take their words from the registry; the console's own changes (console users, own
 * account, the sandbox) are journalled under names of their own, listed here.
 */

export const CONSOLE_OPERATIONS: Readonly<Record<string, string>> = {
  'consoleUsers.create': 'Add a console user',
  'consoleUsers.setRole': 'Change a console user’s role',
  'consoleUsers.disable': 'Disable a console user',
  'consoleUsers.enable': 'Enable a console user',
  'consoleUsers.revokeSessions': 'Sign a console user out everywhere',
  'consoleUsers.setPassword': 'Set a console user’s password',
  'account.changePassword': 'Change their own password',
  'account.revokeOtherSessions': 'Sign out their other sessions',
  'sandbox.faults.update': 'Change the sandbox’s injected faults',
  'sandbox.reset': 'Reset the sandbox organization',
};

/** "Update a project" for `projects.update`; the name itself when nothing knows it. */
export function operationWords(operation: string): string {
  return OPERATIONS_BY_NAME.get(operation)?.summary ?? CONSOLE_OPERATIONS[operation] ?? operation;
}

export { OPERATION_FAMILIES, familyOf, type OperationFamily } from './families';

/** Every operation the journal can hold whose name or words contain `text` (any case). */
export function operationsMatching(text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const names = [...OPERATIONS.filter((op) => op.mutates).map((op) => op.name), ...Object.keys(CONSOLE_OPERATIONS)];
  return names.filter((name) => name.toLowerCase().includes(needle) || operationWords(name).toLowerCase().includes(needle));
}
