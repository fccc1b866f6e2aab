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

export interface OperationFamily {
  value: string;
  label: string;
  /** Operation names starting with one of these belong to the family. */
  prefixes: readonly string[];
}

export const OPERATION_FAMILIES: readonly OperationFamily[] = [
  { value: 'projects', label: 'Projects and what is in them', prefixes: ['projects.'] },
  { value: 'people', label: 'Members and invites', prefixes: ['users.', 'invites.'] },
  { value: 'groups', label: 'Groups', prefixes: ['groups.'] },
  { value: 'roles', label: 'Organization roles', prefixes: ['roles.'] },
  { value: 'admin_keys', label: 'Admin keys', prefixes: ['adminAPIKeys.'] },
  { value: 'certificates', label: 'Certificates', prefixes: ['certificates.'] },
  { value: 'organization', label: 'Data retention and budgets', prefixes: ['dataRetention.', 'spendLimit.', 'spendAlerts.'] },
  { value: 'console', label: 'Console users and accounts', prefixes: ['consoleUsers.', 'account.'] },
  { value: 'sandbox', label: 'Sandbox', prefixes: ['sandbox.'] },
];

export const familyOf = (value: string) => OPERATION_FAMILIES.find((family) => family.value === value);

/** Every operation the journal can hold whose name or words contain `text` (any case). */
export function operationsMatching(text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const names = [...OPERATIONS.filter((op) => op.mutates).map((op) => op.name), ...Object.keys(CONSOLE_OPERATIONS)];
  return names.filter((name) => name.toLowerCase().includes(needle) || operationWords(name).toLowerCase().includes(needle));
}
