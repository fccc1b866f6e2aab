import { eventDetails, type AuditEvent } from './attribution';

/*
 * An audit-log event told with names: who did it and to what. The server gathers the names a page
 * of events needs (a NameBook); ids it cannot name (a deleted key, a departed user) are said to be
 * gone rather than dropped.
 */

export interface NameBook {
  users: Record<string, { name: string; email: string }>;
  projects: Record<string, string>;
  groups: Record<string, string>;
  roles: Record<string, string>;
  /** API keys (admin and project keys) by id: name, and owner email when known. */
  keys: Record<string, { name: string; owner?: string }>;
  serviceAccounts: Record<string, string>;
  certificates: Record<string, string>;
  invites: Record<string, string>;
}

export const emptyNameBook = (): NameBook => ({ users: {}, projects: {}, groups: {}, roles: {}, keys: {}, serviceAccounts: {}, certificates: {}, invites: {} });

export interface Described {
  /** Main words ("Ada Lovelace", "Key 'CI deploy'") and a muted line (email, id). */
  label: string;
  detail?: string;
}

const tail = (id: string) => `…${id.slice(-6)}`;

function userLabel(names: NameBook, id: string | undefined, email?: string | null): Described {
  const known = id ? names.users[id] : undefined;
  if (known) return { label: known.name || known.email, detail: known.email };
  if (email) return { label: email, detail: id ? 'no longer a member' : undefined };
  return { label: id ? `departed user ${tail(id)}` : 'unknown user', detail: id };
}

export function describeActor(event: AuditEvent, names: NameBook): Described {
  const actor = event.actor;
  if (!actor) return { label: 'OpenAI', detail: 'no actor recorded' };
  if (actor.type === 'session' || actor.session) {
    const user = actor.session?.user;
    const who = userLabel(names, user?.id ?? undefined, user?.email);
    return { label: who.label, detail: [who.detail, actor.session?.ip_address].filter(Boolean).join(' · ') || undefined };
  }
  const key = actor.api_key;
  const keyId = key?.id ?? '';
  const named = names.keys[keyId];
  if (key?.type === 'service_account') {
    const account = key.service_account?.id ?? '';
    return { label: named ? `Key '${named.name}'` : `Service account ${names.serviceAccounts[account] ?? tail(account)}`, detail: `service account key ${tail(keyId)}` };
  }
  const owner = key?.user?.email ?? named?.owner;
  return { label: named ? `Key '${named.name}'` : `API key ${tail(keyId)}`, detail: owner ? `owned by ${owner}` : undefined };
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function named(book: Record<string, string>, id: string | undefined, kind: string, fallback?: string): string {
  if (!id) return fallback ?? kind;
  return book[id] ?? fallback ?? `deleted ${kind} ${tail(id)}`;
}

/** What the event acted on, by name. */
export function describeTarget(event: AuditEvent, names: NameBook): Described {
  const d = eventDetails(event);
  const id = str(d.id);
  const project = event.project?.id ? (names.projects[event.project.id] ?? event.project.name ?? tail(event.project.id)) : undefined;
  const inProject = project ? `in ${project}` : undefined;
  const family = event.type.replace(/^tenant\./, '').split('.')[0];
  const data = (d.data ?? {}) as Record<string, unknown>;

  switch (family) {
    case 'project':
      return { label: named(names.projects, id, 'project', event.project?.name ?? undefined), detail: id };
    case 'user': {
      const who = userLabel(names, id);
      return { label: who.label, detail: inProject ?? who.detail };
    }
    case 'invite':
      return { label: str(data.email) ?? names.invites[id ?? ''] ?? `invite ${tail(id ?? '')}`, detail: str(data.role) ? `as ${str(data.role)}` : id };
    case 'group': {
      const member = str(d.user_id) ? userLabel(names, str(d.user_id)).label : undefined;
      const group = named(names.groups, id, 'group', str(data.group_name));
      return member ? { label: member, detail: `group ${group}` } : { label: group, detail: id };
    }
    case 'role': {
      if (event.type.includes('assignment')) {
        const principal = str(d.principal_type) === 'group' ? named(names.groups, str(d.principal_id), 'group') : userLabel(names, str(d.principal_id)).label;
        return { label: `${named(names.roles, id, 'role')} → ${principal}`, detail: inProject ?? 'organization' };
      }
      return { label: named(names.roles, id, 'role', str(d.role_name)), detail: inProject ?? id };
    }
    case 'api_key': {
      const key = names.keys[id ?? ''];
      return { label: key ? `Key '${key.name}'` : `deleted key ${tail(id ?? '')}`, detail: inProject ?? (key?.owner ? `owned by ${key.owner}` : undefined) };
    }
    case 'service_account':
      return { label: named(names.serviceAccounts, id, 'service account'), detail: inProject };
    case 'certificate':
      return { label: named(names.certificates, id, 'certificate', str(d.name)), detail: id };
    case 'certificates': {
      const listed = (Array.isArray(d.certificates) ? d.certificates : []) as { id?: string; name?: string }[];
      const labels = listed.map((c) => named(names.certificates, c.id, 'certificate', c.name));
      return { label: labels.join(', ') || 'certificates', detail: inProject ?? 'organization' };
    }
    case 'rate_limit':
      return { label: `Rate limit ${id?.replace(/^rl-/, '') ?? ''}`.trim(), detail: inProject };
    case 'organization':
      return { label: 'Organization', detail: Object.keys((d.changes_requested ?? {}) as object).join(', ') || undefined };
    case 'login':
    case 'logout':
      return { label: '—' };
    default:
      return { label: id ?? '—', detail: inProject };
  }
}
