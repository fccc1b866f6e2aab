import { describe, expect, it } from 'vitest';
import { emptyNameBook } from '@/lib/audit/describe';
import { journalSubject, journalTargets } from './targets';

const names = { ...emptyNameBook(), projects: { proj_a: 'Checkout' }, users: { 'user-1': { name: '', email: 'ana@example.com' } }, roles: { role_x: 'Billing reader' } };

describe('what a journalled change was about', () => {
  it('names path ids from the directory and keeps unknown ones as ids', () => {
    expect(journalTargets({ operation: 'projects.users.roles.create', targetIds: { project_id: 'proj_a', user_id: 'user-1' }, requestSummary: { role_id: 'role_x' } }, names)).toEqual([
      { kind: 'project', id: 'proj_a', name: 'Checkout' },
      { kind: 'user', id: 'user-1', name: 'ana@example.com' },
    ]);
    expect(journalTargets({ operation: 'projects.rateLimits.updateRateLimit', targetIds: { project_id: 'proj_gone', rate_limit_id: 'rl_1' } }, names)).toEqual([
      { kind: 'project', id: 'proj_gone', name: null },
      { kind: 'rate limit', id: 'rl_1', name: null },
    ]);
  });

  it('adds what a change created, once', () => {
    expect(journalTargets({ operation: 'projects.create', targetIds: {}, resultIds: { id: 'proj_a' } }, names)).toEqual([{ kind: 'project', id: 'proj_a', name: 'Checkout' }]);
    expect(journalTargets({ operation: 'projects.serviceAccounts.create', targetIds: { project_id: 'proj_a' }, resultIds: { id: 'svc_1', api_key_id: 'key_1' } }, names).map((t) => t.kind)).toEqual([
      'project',
      'service account',
      'key',
    ]);
  });

  it('names the console user a console-only change was about by email', () => {
    expect(journalTargets({ operation: 'consoleUsers.setRole', targetIds: { user_id: 'cu_1', user_email: 'bo@example.com' } }, names)).toEqual([
      { kind: 'console user', id: 'cu_1', name: 'bo@example.com' },
    ]);
    expect(journalTargets({ operation: 'sandbox.reset', targetIds: {} }, names)).toEqual([]);
  });

  it('takes the request’s own name or email as its subject', () => {
    expect(journalSubject({ operation: 'projects.create', targetIds: {}, requestSummary: { name: 'Payments' } })).toBe('Payments');
    expect(journalSubject({ operation: 'invites.create', targetIds: {}, requestSummary: { email: 'new@example.com', role: 'reader' } })).toBe('new@example.com');
    expect(journalSubject({ operation: 'users.roles.create', targetIds: {}, requestSummary: { role_id: 'role_x' } })).toBeNull();
    expect(journalSubject({ operation: 'x', targetIds: {}, requestSummary: ['name'] })).toBeNull();
  });
});
