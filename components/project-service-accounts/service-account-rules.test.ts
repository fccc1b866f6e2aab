import { describe, expect, it } from 'vitest';
import type { ProjectAPIKey, ProjectServiceAccount } from '@/lib/queries/project-keys';
import { keysByServiceAccount, parseScopes, searchServiceAccounts } from './service-account-rules';

const account = (id: string, name: string, created_at: number): ProjectServiceAccount => ({ object: 'organization.project.service_account', id, name, role: 'member', created_at });
const key = (id: string, created_at: number, owner: ProjectAPIKey['owner']): ProjectAPIKey => ({
  object: 'organization.project.api_key',
  id,
  name: id,
  redacted_value: 'sk-…',
  created_at,
  last_used_at: null,
  owner,
  owner_project_access: 'active',
});
const sa = (id: string): ProjectAPIKey['owner'] => ({ type: 'service_account', service_account: { id, name: id, role: 'member', created_at: 0 } });

describe('parseScopes', () => {
  it('splits on commas, spaces and lines, dropping duplicates', () => {
    expect(parseScopes('api.model.request, api.files.read\napi.model.request')).toEqual({ scopes: ['api.model.request', 'api.files.read'] });
  });
  it('refuses an empty list and anything that is not a scope', () => {
    expect(parseScopes('  ')).toEqual({ error: expect.stringContaining('at least one') });
    expect(parseScopes('api.model.request <script>')).toEqual({ error: expect.stringContaining('<script>') });
  });
});

describe('keysByServiceAccount', () => {
  it('groups service accounts’ keys, newest first, and leaves people’s keys out', () => {
    const grouped = keysByServiceAccount([
      key('k1', 1, sa('svc_a')),
      key('k2', 3, sa('svc_a')),
      key('k3', 2, sa('svc_b')),
      key('k4', 4, { type: 'user', user: { id: 'u', name: 'U', email: 'u@x', role: 'member', created_at: 0 } }),
    ]);
    expect([...grouped.keys()]).toEqual(['svc_a', 'svc_b']);
    expect(grouped.get('svc_a')?.map((k) => k.id)).toEqual(['k2', 'k1']);
  });
});

describe('searchServiceAccounts', () => {
  it('matches name or id, newest first', () => {
    const accounts = [account('svc_1', 'ci-pipeline', 1), account('svc_2', 'nightly-evals', 2), account('svc_ci', 'other', 3)];
    expect(searchServiceAccounts(accounts, 'CI').map((a) => a.id)).toEqual(['svc_ci', 'svc_1']);
    expect(searchServiceAccounts(accounts, '').map((a) => a.id)).toEqual(['svc_ci', 'svc_2', 'svc_1']);
  });
});
