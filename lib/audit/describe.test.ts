import { describe, expect, it } from 'vitest';
import { AUDIT_LOG_EVENT_TYPES } from '../admin/operations';
import type { AuditEvent } from './attribution';
import { describeActor, describeTarget, emptyNameBook, type NameBook } from './describe';
import { ALL_EVENT_TYPES, EVENT_TYPE_GROUPS, eventTypeLabel } from './event-types';

const names: NameBook = {
  ...emptyNameBook(),
  users: { 'user-ada': { name: 'Ada Lovelace', email: 'ada@example.com' } },
  projects: { proj_a: 'Fleet Telemetry' },
  groups: { group_1: 'Platform' },
  roles: { role_1: 'Security Auditor' },
  keys: { key_ci: { name: 'CI deploy', owner: 'ada@example.com' } },
  certificates: { cert_1: 'Internal CA' },
};

const event = (type: string, details: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ id: 'audit_log-1', type, effective_at: 1, [type]: details, ...extra }) as unknown as AuditEvent;

describe('telling audit events with names', () => {
  it('names people behind sessions and keys, and says when a person or key is gone', () => {
    const session = { actor: { type: 'session', session: { ip_address: '10.0.0.1', user: { id: 'user-ada', email: 'ada@example.com' } } } };
    expect(describeActor(event('login.succeeded', {}, session), names)).toEqual({ label: 'Ada Lovelace', detail: 'ada@example.com · 10.0.0.1' });
    const departed = { actor: { type: 'session', session: { user: { id: 'user-gone', email: 'gone@example.com' } } } };
    expect(describeActor(event('login.succeeded', {}, departed), names).label).toBe('gone@example.com');
    const key = { actor: { type: 'api_key', api_key: { id: 'key_ci', type: 'user', user: { id: 'user-ada', email: 'ada@example.com' } } } };
    expect(describeActor(event('project.updated', {}, key), names)).toEqual({ label: "Key 'CI deploy'", detail: 'owned by ada@example.com' });
    const unknownKey = { actor: { type: 'api_key', api_key: { id: 'key_zzzzzz123456', type: 'user' } } };
    expect(describeActor(event('project.updated', {}, unknownKey), names).label).toBe('API key …123456');
  });

  it('names targets by kind, and keeps ids whose owner is gone as "deleted …"', () => {
    expect(describeTarget(event('project.updated', { id: 'proj_a' }), names).label).toBe('Fleet Telemetry');
    expect(describeTarget(event('api_key.deleted', { id: 'key_oldoldabcdef' }, { project: { id: 'proj_a', name: 'Fleet Telemetry' } }), names)).toEqual({ label: 'deleted key …abcdef', detail: 'in Fleet Telemetry' });
    expect(describeTarget(event('role.assignment.created', { id: 'role_1', principal_id: 'group_1', principal_type: 'group' }), names)).toEqual({ label: 'Security Auditor → Platform', detail: 'organization' });
    expect(describeTarget(event('certificates.activated', { certificates: [{ id: 'cert_1' }, { id: 'cert_gone', name: 'Old CA' }] }), names).label).toBe('Internal CA, Old CA');
    expect(describeTarget(event('invite.sent', { id: 'invite-1', data: { email: 'new@example.com', role: 'reader' } }), names)).toEqual({ label: 'new@example.com', detail: 'as reader' });
    expect(describeTarget(event('user.deleted', { id: 'user-leftleft1234' }), names).label).toBe('departed user …ft1234');
  });

  it('puts every event type of the API in words and in exactly one filter group', () => {
    expect([...ALL_EVENT_TYPES].sort()).toEqual([...AUDIT_LOG_EVENT_TYPES].sort());
    expect(new Set(ALL_EVENT_TYPES).size).toBe(ALL_EVENT_TYPES.length);
    expect(EVENT_TYPE_GROUPS.find((group) => group.tenant)?.types.every((type) => type.startsWith('tenant.') || type.startsWith('role.'))).toBe(true);
    expect(eventTypeLabel('role.assignment.created')).toBe('Role assigned');
    expect(eventTypeLabel('api_key.created')).toBe('API key created');
    expect(eventTypeLabel('tenant.sso_connection.setup.started')).toBe('SSO connection setup started (tenant)');
  });
});
