import type { ProjectAPIKey, ProjectServiceAccount } from '@/lib/queries/project-keys';

/** A scope as the API names them (`api.model.request`): letters, digits, dots, dashes, underscores, colons. */
const SCOPE = /^[a-z0-9][a-z0-9._:*-]{0,255}$/i;

/** Scopes typed as a list (commas, spaces or lines between them): the distinct ones, or the first invalid one. */
export function parseScopes(text: string): { scopes: string[] } | { error: string } {
  const scopes = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  const invalid = scopes.find((scope) => !SCOPE.test(scope));
  if (invalid) return { error: `“${invalid}” is not a scope. Scopes look like api.model.request.` };
  if (scopes.length === 0) return { error: 'Enter at least one scope, or choose all permissions.' };
  return { scopes };
}

/** The project's API keys grouped by the service account that owns them, newest first. */
export function keysByServiceAccount(keys: readonly ProjectAPIKey[]): Map<string, ProjectAPIKey[]> {
  const byAccount = new Map<string, ProjectAPIKey[]>();
  for (const key of keys) {
    const id = key.owner.type === 'service_account' ? key.owner.service_account?.id : undefined;
    if (!id) continue;
    byAccount.set(id, [...(byAccount.get(id) ?? []), key]);
  }
  for (const list of byAccount.values()) list.sort((a, b) => b.created_at - a.created_at);
  return byAccount;
}

/** Service accounts whose name (or id) contains the search, case-insensitively, newest first. */
export function searchServiceAccounts(accounts: readonly ProjectServiceAccount[], q: string): ProjectServiceAccount[] {
  const needle = q.trim().toLowerCase();
  return accounts
    .filter((account) => !needle || account.name.toLowerCase().includes(needle) || account.id.toLowerCase().includes(needle))
    .sort((a, b) => b.created_at - a.created_at);
}

export const ROLE_LABELS: Record<ProjectServiceAccount['role'], string> = {
  owner: 'Owner',
  member: 'Member',
  none: 'No project role',
};
