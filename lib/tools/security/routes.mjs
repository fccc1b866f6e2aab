// What to probe, found rather than listed: pages and route handlers from the build's
// app-paths-manifest, operations from the registry (lib/admin/operations.ts, loaded with tsx),
// and real ids from the sandbox for every dynamic segment and `{param}`.
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from '../build-if-needed.mjs';
import { SANDBOX_KEY } from './server.mjs';

/** Pages anyone may open: signing in and first-owner setup. */
const PUBLIC_PAGES = new Set(['/sign-in', '/setup']);

export async function loadOperations() {
  const { OPERATIONS } = await tsImport(path.join(root, 'lib/admin/operations.ts'), import.meta.url);
  return OPERATIONS;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The HTTP methods a route handler exports, read from its source file (the manifest names it). */
function routeMethods(builtFile) {
  const base = path.join(root, builtFile.replace(/\.js$/, ''));
  const source = ['.ts', '.tsx', '.js'].map((ext) => base + ext).find((file) => fs.existsSync(file));
  if (!source) return METHODS;
  const text = fs.readFileSync(source, 'utf8');
  const named = METHODS.filter((m) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b|\\bas\\s+${m}\\b`).test(text));
  return named.length > 0 ? named : METHODS;
}

/** Pages and route handlers of the build, as `{ kind: 'page'|'route', template }`. */
export function builtRoutes() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next/server/app-paths-manifest.json'), 'utf8'));
  const found = [];
  for (const key of Object.keys(manifest)) {
    const kind = key.endsWith('/page') ? 'page' : key.endsWith('/route') ? 'route' : null;
    if (!kind) continue;
    const template = key.replace(/\/(page|route)$/, '').replace(/\/\([^)]+\)/g, '') || '/';
    if (template.startsWith('/_') || PUBLIC_PAGES.has(template)) continue;
    // Files such as /favicon.ico or /robots.txt are static metadata, not entry points.
    if (kind === 'route' && /\.[a-z]+$/.test(template)) continue;
    found.push({ kind, template, methods: kind === 'route' ? routeMethods(manifest[key]) : ['GET'] });
  }
  return found.sort((a, b) => a.template.localeCompare(b.template));
}

/** Server actions the sign-in and setup pages use before anyone has a session (and sign-out). */
const PUBLIC_ACTIONS = new Set(['signInAction', 'setupOwnerAction', 'signOutAction']);

/**
 * The build's server actions (`.next/server/server-reference-manifest.json`) that need a session,
 * each with the id Next routes it by and a page that hosts it (template, as builtRoutes gives).
 */
export function builtActions() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'));
  const found = [];
  for (const [id, action] of Object.entries(manifest.node ?? {})) {
    if (PUBLIC_ACTIONS.has(action.exportedName)) continue;
    const worker = Object.keys(action.workers ?? {})[0] ?? 'app/page';
    const template = worker.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
    found.push({ id, name: action.exportedName, template });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

async function first(base, listPath, fallback) {
  const response = await fetch(`${base}/sandbox/v1${listPath}`, { headers: { authorization: `Bearer ${SANDBOX_KEY}` } });
  if (!response.ok) return fallback;
  const body = await response.json();
  return body?.data?.[0]?.id ?? fallback;
}

/** Real ids from the sandbox, read directly (not through the console, so they are not counted). */
export async function sandboxIds(base) {
  const project = await first(base, '/organization/projects?limit=1', 'proj_missing');
  const P = `/organization/projects/${project}`;
  const [user, group, invite, role, key, certificate, apiKey, serviceAccount, rateLimit, alert] = await Promise.all([
    first(base, '/organization/users?limit=1', 'user_missing'),
    first(base, '/organization/groups?limit=1', 'group_missing'),
    first(base, '/organization/invites?limit=1', 'invite_missing'),
    first(base, '/organization/roles?limit=1', 'role_missing'),
    first(base, '/organization/admin_api_keys?limit=1', 'key_missing'),
    first(base, '/organization/certificates?limit=1', 'cert_missing'),
    first(base, `${P}/api_keys?limit=1`, 'key_missing'),
    first(base, `${P}/service_accounts?limit=1`, 'svc_missing'),
    first(base, `${P}/rate_limits?limit=1`, 'rl_missing'),
    first(base, '/organization/spend_alerts?limit=1', 'alert_missing'),
  ]);
  return {
    project_id: project, projectId: project, user_id: user, userId: user, group_id: group, groupId: group,
    invite_id: invite, role_id: role, key_id: key, certificate_id: certificate, api_key_id: apiKey,
    service_account_id: serviceAccount, rate_limit_id: rateLimit, alert_id: alert,
  };
}

/** A page/route template with its [segments] filled (catch-alls get a harmless path). */
export function fillTemplate(template, ids) {
  return template
    .replace(/\[\[?\.\.\.([^\]]+)\]\]?/g, (_, name) => (name === 'path' ? 'organization/projects' : 'x'))
    .replace(/\[([^\]]+)\]/g, (_, name) => ids[name] ?? (name === 'action' ? 'faults' : 'x'));
}

/** An operation's path with its {params} filled. */
export function fillOperation(operation, ids) {
  return operation.path.replace(/\{([a-z_]+)\}/g, (_, name) => ids[name] ?? 'x');
}
