import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSION_CATALOGUE } from '@/lib/sandbox/handlers/access/permissions';
import { PREDEFINED_ROLES } from '@/lib/sandbox/handlers/access/predefined';
import { roleFormSchema } from './role-form';
import {
  PERMISSION_AREAS,
  areaState,
  diffPermissions,
  groupPermissions,
  nameTaken,
  permissionInfo,
  permissionsFor,
  resourceOf,
  summarisePermissions,
  summaryText,
  toggleArea,
  togglePermission,
} from './permissions';

describe('the permission catalogue', () => {
  it('offers exactly the permissions the sandbox accepts, level by level', () => {
    for (const level of ['organization', 'project'] as const) {
      const sandbox = PERMISSION_CATALOGUE.filter((p) => p.level === level).map((p) => p.permission);
      expect(permissionsFor(level)).toEqual(sandbox);
    }
  });

  it('includes every permission name the API reference shows', () => {
    const reference = path.resolve(import.meta.dirname, '../../../shared/api-reference/openapi-admin.json');
    let text: string;
    try {
      text = readFileSync(reference, 'utf8');
    } catch {
      return; // shared/ is not beside every checkout
    }
    // Permission names in the spec's examples: the strings inside any `"permissions": [...]`.
    const named = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        for (const list of value.matchAll(/"permissions":\s*\[([^\]]*)\]/g))
          for (const name of list[1]!.matchAll(/"([^"]+)"/g)) named.add(name[1]!);
      } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(text));
    expect(named.size).toBeGreaterThan(0);
    const all = new Set([...permissionsFor('organization'), ...permissionsFor('project')]);
    for (const name of named) expect(all.has(name), name).toBe(true);
  });

  it('describes every permission in words, under an area named for its resource', () => {
    for (const area of Object.values(PERMISSION_AREAS).flat()) {
      expect(area.label).not.toBe('');
      for (const p of area.permissions) {
        expect(resourceOf(p.permission)).toBe(area.resource);
        expect(p.allows).toMatch(/^[A-Z].{10,}\.$/);
      }
    }
    expect(permissionInfo('api.admin_api_keys.write')?.sensitive).toBe(true);
    expect(permissionInfo('api.audit_logs.read')?.access).toBe('read');
    expect(permissionInfo('api.nothing.read')).toBeUndefined();
  });
});

describe('grouping and summaries', () => {
  it('groups by resource in catalogue order, whatever order the role lists them in', () => {
    const groups = groupPermissions(['api.groups.write', 'api.users.read', 'api.groups.read']);
    expect(groups.map((g) => [g.label, g.permissions.map((p) => p.access)])).toEqual([
      ['Users', ['read']],
      ['Groups', ['read', 'write']],
    ]);
  });

  it('keeps permissions the console does not know, grouped by their own resource', () => {
    const groups = groupPermissions(['api.usage.read', 'api.vector_stores.write', 'api.vector_stores.read', 'api.x']);
    expect(groups.map((g) => [g.resource, g.unknown, g.permissions.map((p) => p.permission)])).toEqual([
      ['api.usage', false, ['api.usage.read']],
      ['api.vector_stores', true, ['api.vector_stores.read', 'api.vector_stores.write']],
      ['api', true, ['api.x']],
    ]);
  });

  it('groups project permissions under their long resource names', () => {
    const groups = groupPermissions(['api.organization.projects.api_keys.write', 'api.model.request'], 'project');
    expect(groups.map((g) => [g.resource, g.label])).toEqual([
      ['api.model', 'Models'],
      ['api.organization.projects.api_keys', 'API keys'],
    ]);
  });

  it('summarises the sandbox’s built-in roles and a custom one', () => {
    const [owner, reader] = PREDEFINED_ROLES.organization;
    expect(summaryText(summarisePermissions(owner!.permissions))).toBe('Every permission (20)');
    expect(summaryText(summarisePermissions(reader!.permissions))).toBe('Read-only on everything (11)');
    expect(summaryText(summarisePermissions([]))).toBe('No permissions');
    expect(summaryText(summarisePermissions(['api.billing.write', 'api.usage.read', 'api.billing.read']))).toBe(
      'Usage and costs (read) · Billing (read, write)',
    );
    // Everything plus one unknown permission is not "every permission" of the catalogue.
    expect(summarisePermissions([...owner!.permissions, 'api.new.read']).kind).toBe('some');
  });
});

describe('editing a selection', () => {
  it('toggles one permission, keeping catalogue order and unknown ones', () => {
    let selected = togglePermission(['api.other.read'], 'api.groups.write', true);
    selected = togglePermission(selected, 'api.users.read', true);
    expect(selected).toEqual(['api.users.read', 'api.groups.write', 'api.other.read']);
    expect(togglePermission(selected, 'api.users.read', false)).toEqual(['api.groups.write', 'api.other.read']);
    expect(togglePermission(selected, 'api.users.read', true)).toEqual(selected);
  });

  it('toggles a whole area and reports its state', () => {
    const groups = PERMISSION_AREAS.organization.find((a) => a.resource === 'api.groups')!;
    expect(areaState([], groups)).toBe('none');
    expect(areaState(['api.groups.read'], groups)).toBe('some');
    const all = toggleArea(['api.users.read'], groups, true);
    expect(all).toEqual(['api.users.read', 'api.groups.read', 'api.groups.write']);
    expect(areaState(all, groups)).toBe('all');
    expect(toggleArea(all, groups, false)).toEqual(['api.users.read']);
  });

  it('says what an edit adds and removes', () => {
    expect(diffPermissions(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });
});

describe('the role form', () => {
  it('needs a name and at least one permission', () => {
    const ok = roleFormSchema.safeParse({ role_name: ' Auditors ', description: '', permissions: ['api.audit_logs.read'] });
    expect(ok.success && ok.data.role_name).toBe('Auditors');
    const bad = roleFormSchema.safeParse({ role_name: ' ', description: '', permissions: [] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['Enter a name.', 'Pick at least one permission.']);
  });

  it('refuses a name another role has, ignoring case, but not the role’s own', () => {
    const roles = [{ id: 'r1', name: 'Owner' }, { id: 'r2', name: 'Billing Manager' }];
    expect(nameTaken('owner', roles)).toBe(true);
    expect(nameTaken(' billing manager ', roles, 'r2')).toBe(false);
    expect(nameTaken('Auditors', roles)).toBe(false);
  });
});
