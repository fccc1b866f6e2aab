// The journal filter's families of operations: no registry import, so the page can load them cheaply.

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
