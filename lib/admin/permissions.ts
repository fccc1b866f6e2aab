/*
 * The permissions a custom role can grant, grouped by the resource they cover, each with what it
 * allows in plain words. The names are the ones the Admin API takes in `permissions` (the spec's
 * examples `api.groups.read`, `api.organization.projects.api_keys.write`, `api.model.request`),
 * and exactly the set the sandbox accepts (lib/sandbox/handlers/access/permissions.ts; the test
 * beside this file keeps the two equal). Browser-safe: the role editor imports it.
 */

export type RoleLevel = 'organization' | 'project';
export type PermissionAccess = 'read' | 'write' | 'use';

export interface PermissionInfo {
  permission: string;
  /** The resource it covers: the name without its last segment (`api.groups`). */
  resource: string;
  access: PermissionAccess;
  /** What a holder may do, in plain words. */
  allows: string;
  /** Lets a holder give access to others or to itself (roles, members, admin keys). */
  sensitive?: true;
}

export interface PermissionArea {
  resource: string;
  level: RoleLevel;
  label: string;
  /** What the resource is, for the area's heading. */
  about: string;
  permissions: readonly PermissionInfo[];
}

type Grant = [access: PermissionAccess, allows: string, sensitive?: true];
type AreaSpec = [resource: string, label: string, about: string, grants: Grant[]];

const ORGANIZATION: AreaSpec[] = [
  ['api.users', 'Users', 'Organization members and their roles', [
    ['read', 'See members, their organization roles and their role assignments.'],
    ['write', 'Change members’ organization roles, remove members, and assign or unassign their roles.', true],
  ]],
  ['api.invites', 'Invites', 'Invitations to join the organization', [
    ['read', 'See pending, accepted and expired invitations.'],
    ['write', 'Invite people by email and delete pending invitations.', true],
  ]],
  ['api.groups', 'Groups', 'Groups of members', [
    ['read', 'See groups, their members and their role assignments.'],
    ['write', 'Create, rename and delete groups, and add or remove their members.'],
  ]],
  ['api.roles', 'Roles', 'Custom roles and who holds them', [
    ['read', 'See roles, the permissions they grant, and their assignments.'],
    ['write', 'Create, edit and delete custom roles, and assign them to members and groups.', true],
  ]],
  ['api.projects', 'Projects', 'Projects of the organization', [
    ['read', 'See projects, archived ones included.'],
    ['write', 'Create, rename and archive projects.'],
  ]],
  ['api.admin_api_keys', 'Admin API keys', 'Keys that call the Admin API', [
    ['read', 'See admin API keys: names, owners and when they were last used.'],
    ['write', 'Create and delete admin API keys; a new key can do everything the Admin API allows.', true],
  ]],
  ['api.certificates', 'Certificates', 'Mutual TLS certificates', [
    ['read', 'See uploaded certificates, their validity and where they are active.'],
    ['write', 'Upload, rename and delete certificates, and activate or deactivate them.'],
  ]],
  ['api.audit_logs', 'Audit logs', 'The record of changes in the organization', [
    ['read', 'Read the audit log: who changed what, and when.'],
  ]],
  ['api.usage', 'Usage and costs', 'Usage and cost reports', [
    ['read', 'Read usage and cost reports for every project.'],
  ]],
  ['api.billing', 'Billing', 'Spend limits and spend alerts', [
    ['read', 'See the organization’s spend limit and spend alerts.'],
    ['write', 'Set or remove the spend limit and spend alerts.'],
  ]],
  ['api.settings', 'Settings', 'Organization settings such as data retention', [
    ['read', 'See organization settings such as data retention.'],
    ['write', 'Change organization settings such as data retention.'],
  ]],
];

const PROJECT: AreaSpec[] = [
  ['api.model', 'Models', 'Model requests made in the project', [
    ['use', 'Make model requests (responses, embeddings, images, audio…) in the project.'],
  ]],
  ['api.organization.projects.users', 'Members', 'Project members', [
    ['read', 'See the project’s members and their project roles.'],
    ['write', 'Add and remove project members and change their roles.', true],
  ]],
  ['api.organization.projects.groups', 'Groups', 'Groups with access to the project', [
    ['read', 'See which groups have access to the project.'],
    ['write', 'Give groups access to the project or take it away.', true],
  ]],
  ['api.organization.projects.roles', 'Roles', 'Project roles and who holds them', [
    ['read', 'See project roles and their assignments.'],
    ['write', 'Create, edit and delete project roles, and assign them.', true],
  ]],
  ['api.organization.projects.service_accounts', 'Service accounts', 'Non-human project members', [
    ['read', 'See the project’s service accounts.'],
    ['write', 'Create, rename and delete service accounts; a new one comes with an API key.', true],
  ]],
  ['api.organization.projects.api_keys', 'API keys', 'The project’s API keys', [
    ['read', 'See the project’s API keys, their owners and when they were last used.'],
    ['write', 'Revoke the project’s API keys.'],
  ]],
  ['api.organization.projects.rate_limits', 'Rate limits', 'Per-model rate limits', [
    ['read', 'See the project’s per-model rate limits.'],
    ['write', 'Change the project’s per-model rate limits.'],
  ]],
  ['api.organization.projects.settings', 'Settings', 'Model and tool permissions, data retention, spend alerts', [
    ['read', 'See model and tool permissions, data retention and spend alerts.'],
    ['write', 'Change model and tool permissions, data retention and spend alerts.'],
  ]],
];

const ACCESS_NAME: Record<PermissionAccess, string> = { read: 'read', write: 'write', use: 'request' };

function areas(level: RoleLevel, specs: AreaSpec[]): PermissionArea[] {
  return specs.map(([resource, label, about, grants]) => ({
    resource,
    level,
    label,
    about,
    permissions: grants.map(([access, allows, sensitive]) => ({
      permission: `${resource}.${ACCESS_NAME[access]}`,
      resource,
      access,
      allows,
      ...(sensitive ? { sensitive } : {}),
    })),
  }));
}

/** Every area a role of each level can grant permissions on, in the order an editor shows them. */
export const PERMISSION_AREAS: Readonly<Record<RoleLevel, readonly PermissionArea[]>> = {
  organization: areas('organization', ORGANIZATION),
  project: areas('project', PROJECT),
};

/** The permission names a role of this level may grant, in catalogue order. */
export function permissionsFor(level: RoleLevel): string[] {
  return PERMISSION_AREAS[level].flatMap((area) => area.permissions.map((p) => p.permission));
}

const INFO = new Map(
  Object.values(PERMISSION_AREAS)
    .flat()
    .flatMap((area) => area.permissions.map((p) => [p.permission, { area, info: p }] as const)),
);

/** What the catalogue knows of a permission, or undefined for one it does not list. */
export const permissionInfo = (permission: string) => INFO.get(permission)?.info;

/** The resource a permission is about: `api.organization.projects.api_keys.write` → `api.organization.projects.api_keys`. */
export function resourceOf(permission: string): string {
  const cut = permission.lastIndexOf('.');
  return cut > 0 ? permission.slice(0, cut) : permission;
}

export interface PermissionGroup {
  resource: string;
  label: string;
  about: string | null;
  /** The granted permissions of this resource, in catalogue order (unknown ones by name). */
  permissions: PermissionInfo[];
  /** True when the catalogue does not list this resource (a permission the console does not know). */
  unknown: boolean;
}

/**
 * A role's permissions grouped by resource: the catalogue's areas first, in its order, then any
 * permissions it does not list (a newer API may grant more), grouped by resource too, so nothing a
 * role grants is hidden.
 */
export function groupPermissions(permissions: readonly string[], level: RoleLevel = 'organization'): PermissionGroup[] {
  const granted = new Set(permissions);
  const groups: PermissionGroup[] = [];
  for (const area of PERMISSION_AREAS[level]) {
    const chosen = area.permissions.filter((p) => granted.has(p.permission));
    if (chosen.length > 0) groups.push({ resource: area.resource, label: area.label, about: area.about, permissions: chosen, unknown: false });
  }
  const known = new Set(permissionsFor(level));
  const others = new Map<string, PermissionInfo[]>();
  for (const permission of [...granted].filter((p) => !known.has(p)).sort()) {
    const resource = resourceOf(permission);
    const last = permission.slice(resource.length + 1);
    const access: PermissionAccess = last === 'read' ? 'read' : last === 'write' ? 'write' : 'use';
    const list = others.get(resource) ?? [];
    list.push({ permission, resource, access, allows: 'Not described by this console.' });
    others.set(resource, list);
  }
  for (const [resource, list] of others)
    groups.push({ resource, label: resource, about: null, permissions: list, unknown: true });
  return groups;
}

export type PermissionSummary =
  | { kind: 'none' }
  | { kind: 'all'; count: number }
  | { kind: 'read-all'; count: number }
  | { kind: 'some'; areas: { label: string; access: PermissionAccess[] }[] };

/** What a role grants at a glance: everything, read-only on everything, nothing, or per area. */
export function summarisePermissions(permissions: readonly string[], level: RoleLevel = 'organization'): PermissionSummary {
  const granted = new Set(permissions);
  if (granted.size === 0) return { kind: 'none' };
  const all = permissionsFor(level);
  const reads = all.filter((p) => p.endsWith('.read'));
  if (all.every((p) => granted.has(p)) && granted.size === all.length) return { kind: 'all', count: all.length };
  if (reads.every((p) => granted.has(p)) && granted.size === reads.length) return { kind: 'read-all', count: reads.length };
  return {
    kind: 'some',
    areas: groupPermissions(permissions, level).map((group) => ({
      label: group.label,
      access: group.permissions.map((p) => p.access),
    })),
  };
}

/** The summary as one line of text: "Users (read, write) · Groups (read)". For tables and CSV. */
export function summaryText(summary: PermissionSummary): string {
  switch (summary.kind) {
    case 'none':
      return 'No permissions';
    case 'all':
      return `Every permission (${summary.count})`;
    case 'read-all':
      return `Read-only on everything (${summary.count})`;
    case 'some':
      return summary.areas.map((a) => `${a.label} (${a.access.join(', ')})`).join(' · ');
  }
}

/** What an edit changes, for the editor's preview and the toast. */
export function diffPermissions(before: readonly string[], after: readonly string[]) {
  const was = new Set(before);
  const now = new Set(after);
  return {
    added: after.filter((p) => !was.has(p)),
    removed: before.filter((p) => !now.has(p)),
  };
}

/** Turns one permission on or off, keeping catalogue order (unknown ones after, as they were). */
export function togglePermission(selected: readonly string[], permission: string, on: boolean, level: RoleLevel = 'organization'): string[] {
  const next = new Set(selected);
  if (on) next.add(permission);
  else next.delete(permission);
  const order = permissionsFor(level);
  return [...order.filter((p) => next.has(p)), ...[...next].filter((p) => !order.includes(p))];
}

/** Turns every permission of an area on or off at once. */
export function toggleArea(selected: readonly string[], area: PermissionArea, on: boolean): string[] {
  return area.permissions.reduce((acc, p) => togglePermission(acc, p.permission, on, area.level), [...selected]);
}

/** Whether an area is fully, partly or not at all granted: a tri-state checkbox. */
export function areaState(selected: readonly string[], area: PermissionArea): 'all' | 'some' | 'none' {
  const count = area.permissions.filter((p) => selected.includes(p.permission)).length;
  return count === 0 ? 'none' : count === area.permissions.length ? 'all' : 'some';
}

/** Role names are unique in the organization, built-in ones included, ignoring case. */
export function nameTaken(name: string, roles: readonly { id: string; name: string }[], exceptId?: string): boolean {
  const lower = name.trim().toLowerCase();
  return roles.some((role) => role.id !== exceptId && role.name.toLowerCase() === lower);
}
