import type { NameBook } from '@/lib/audit/describe';
import type { JournalTarget } from './types';

/*
 * What a journalled change was about, told with names: the objects its path named and what it
 * created, looked up in the organization's directory. Ids the directory does not know (a deleted
 * project, a project's key) keep a null name and are shown as ids.
 */

interface EntryIds {
  operation: string;
  targetIds: Record<string, string>;
  resultIds?: Record<string, string> | null;
  requestSummary?: unknown;
}

const FIELD_KINDS: Record<string, string> = {
  project_id: 'project',
  user_id: 'user',
  group_id: 'group',
  role_id: 'role',
  certificate_id: 'certificate',
  key_id: 'key',
  api_key_id: 'key',
  service_account_id: 'service account',
  invite_id: 'invite',
  alert_id: 'spend alert',
};

/** The collection an operation creates in (`projects.serviceAccounts.create` → service account). */
const CREATED_KINDS: Record<string, string> = {
  projects: 'project',
  groups: 'group',
  roles: 'role',
  certificates: 'certificate',
  invites: 'invite',
  adminAPIKeys: 'key',
  serviceAccounts: 'service account',
  apiKeys: 'key',
  spendAlerts: 'spend alert',
};

const isConsoleChange = (operation: string) => operation.startsWith('consoleUsers.') || operation.startsWith('account.');

function nameOf(kind: string, id: string, names: NameBook): string | null {
  switch (kind) {
    case 'project':
      return names.projects[id] ?? null;
    case 'user': {
      const user = names.users[id];
      return user ? user.name || user.email : null;
    }
    case 'group':
      return names.groups[id] ?? null;
    case 'role':
      return names.roles[id] ?? null;
    case 'certificate':
      return names.certificates[id] ?? null;
    case 'key':
      return names.keys[id]?.name ?? null;
    case 'service account':
      return names.serviceAccounts[id] ?? null;
    case 'invite':
      return names.invites[id] ?? null;
    default:
      return null;
  }
}

/** The objects a change named (path ids first) and created, each once, with names where known. */
export function journalTargets(entry: EntryIds, names: NameBook): JournalTarget[] {
  if (isConsoleChange(entry.operation)) {
    const email = entry.targetIds.user_email;
    return email ? [{ kind: 'console user', id: entry.targetIds.user_id ?? email, name: email }] : [];
  }
  const targets: JournalTarget[] = [];
  const add = (kind: string, id: string | undefined) => {
    if (id && !targets.some((t) => t.id === id)) targets.push({ kind, id, name: nameOf(kind, id, names) });
  };
  for (const [field, id] of Object.entries(entry.targetIds)) add(FIELD_KINDS[field] ?? field.replace(/_id$/, '').replace(/_/g, ' '), id);
  const segments = entry.operation.split('.');
  const created = segments.at(-1) === 'create' ? CREATED_KINDS[segments.at(-2) ?? ''] : undefined;
  if (created) add(created, entry.resultIds?.id);
  add('key', entry.resultIds?.api_key_id);
  return targets;
}

/** The name or email the request itself gave (a new project's name, an invite's email). */
export function journalSubject(entry: EntryIds): string | null {
  const summary = entry.requestSummary;
  if (!summary || typeof summary !== 'object' || Array.isArray(summary)) return null;
  const { name, email } = summary as { name?: unknown; email?: unknown };
  if (typeof name === 'string' && name) return name;
  if (typeof email === 'string' && email) return email;
  return null;
}
