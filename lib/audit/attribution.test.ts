import { describe, expect, it } from 'vitest';
import {
  attributeEvents,
  CLOCK_SKEW_SECONDS,
  entryWindow,
  eventObjectIds,
  eventsByEntry,
  journalEntryIds,
  madeByConsoleKey,
  matchedBy,
  PENDING_SECONDS,
  windowForEvents,
  type AuditEvent,
  type JournalEntryForMatch,
} from './attribution';
import { EVENTS_BY_OPERATION } from './operation-events';
import { OPERATIONS } from '../admin/operations';

const CONSOLE_KEY = 'key_console';
const T0 = 1_790_000_000; // seconds

const byConsole = { type: 'api_key', api_key: { id: CONSOLE_KEY, type: 'user', user: { id: 'user-owner', email: 'owner@example.com' } } } as const;
const bySession = { type: 'session', session: { ip_address: '10.0.0.1', user: { id: 'user-ana', email: 'ana@example.com' } } } as const;
const byOtherKey = { type: 'api_key', api_key: { id: 'key_other', type: 'user', user: { id: 'user-ana', email: 'ana@example.com' } } } as const;

let seq = 0;
function event(type: string, details: Record<string, unknown>, at: number, actor: unknown = byConsole): AuditEvent {
  return { id: `audit_log-${++seq}`, type, effective_at: at, actor, [type]: details } as unknown as AuditEvent;
}

function entry(id: number, operation: string, ids: string[], sentAt: number, outcome: JournalEntryForMatch['outcome'] = 'succeeded'): JournalEntryForMatch {
  return { id, operation, outcome, ids, createdAt: sentAt * 1000, finishedAt: sentAt * 1000 + 400 };
}

describe('attributing audit-log events to journal entries', () => {
  it('attributes three changes made through the console, each to its own entry, by target', () => {
    const entries = [
      entry(1, 'projects.update', ['proj_a'], T0),
      entry(2, 'users.update', ['user-kenji'], T0 + 5),
      entry(3, 'certificates.activate', ['cert_1', 'cert_2'], T0 + 9),
    ];
    const events = [
      event('project.updated', { id: 'proj_a', changes_requested: { title: 'New' } }, T0),
      event('user.updated', { id: 'user-kenji', changes_requested: { role: 'owner' } }, T0 + 5),
      event('certificates.activated', { certificates: [{ id: 'cert_1', name: 'A' }, { id: 'cert_2', name: 'B' }] }, T0 + 10),
    ];
    const attributed = attributeEvents(events, entries, [CONSOLE_KEY]);
    expect(events.map((e) => attributed.get(e.id))).toEqual([
      { entryId: 1, basis: 'target' },
      { entryId: 2, basis: 'target' },
      { entryId: 3, basis: 'target' },
    ]);
  });

  it('leaves events not made through the console unattributed, even when they look alike', () => {
    const entries = [entry(1, 'projects.update', ['proj_a'], T0)];
    const events = [
      event('project.updated', { id: 'proj_a' }, T0 + 1, bySession),
      event('project.updated', { id: 'proj_a' }, T0 + 1, byOtherKey),
      event('project.updated', { id: 'proj_b' }, T0 + 1),
      event('project.archived', { id: 'proj_a' }, T0 + 1),
      event('project.updated', { id: 'proj_a' }, T0 + 3600),
      event('login.succeeded', {}, T0, bySession),
    ];
    expect(attributeEvents(events, entries, [CONSOLE_KEY]).size).toBe(0);
  });

  it('never attributes an event to a change that failed', () => {
    const entries = [entry(1, 'projects.update', ['proj_a'], T0, 'failed')];
    expect(attributeEvents([event('project.updated', { id: 'proj_a' }, T0)], entries, [CONSOLE_KEY]).size).toBe(0);
  });

  it('attributes an event to a change whose outcome was unknown: it did happen', () => {
    const entries = [{ ...entry(1, 'invites.create', [], T0, 'unknown'), finishedAt: (T0 + 30) * 1000 }];
    const attributed = attributeEvents([event('invite.sent', { id: 'invite-1', data: { email: 'x@example.com' } }, T0 + 2)], entries, [CONSOLE_KEY]);
    expect([...attributed.values()]).toEqual([{ entryId: 1, basis: 'time' }]);
  });

  it('pairs two quick renames of one project one to one, even when both events log the same second', () => {
    const entries = [entry(1, 'projects.update', ['proj_a'], T0), entry(2, 'projects.update', ['proj_a'], T0 + 1)];
    const events = [event('project.updated', { id: 'proj_a' }, T0 + 1), event('project.updated', { id: 'proj_a' }, T0 + 1)];
    const attributed = attributeEvents(events, entries, [CONSOLE_KEY]);
    expect(events.map((e) => attributed.get(e.id)?.entryId).sort()).toEqual([1, 2]);
  });

  it('gives one change every event it left, of one type or several', () => {
    const entries = [entry(1, 'projects.groups.delete', ['proj_a', 'group_x'], T0), entry(2, 'projects.serviceAccounts.create', ['proj_a', 'svc_1', 'key_9'], T0 + 20)];
    const events = [
      event('role.assignment.deleted', { id: 'role_1', principal_id: 'group_x', resource_id: 'proj_a' }, T0),
      event('role.assignment.deleted', { id: 'role_2', principal_id: 'group_x', resource_id: 'proj_a' }, T0),
      event('service_account.created', { id: 'svc_1', data: { role: 'member' } }, T0 + 20),
      event('api_key.created', { id: 'key_9', data: { scopes: ['api.all'] } }, T0 + 20),
    ];
    const byEntry = eventsByEntry(attributeEvents(events, entries, [CONSOLE_KEY]));
    expect(byEntry.get(1)).toHaveLength(2);
    expect(byEntry.get(2)).toHaveLength(2);
  });

  it('matches a setting change that names no object by operation and time only', () => {
    const entries = [entry(1, 'dataRetention.update', [], T0)];
    const attributed = attributeEvents([event('organization.updated', { id: 'org-1', changes_requested: { data_retention: 'zero' } }, T0)], entries, [CONSOLE_KEY]);
    expect([...attributed.values()]).toEqual([{ entryId: 1, basis: 'time' }]);
  });

  it('accepts any admin-key event, but no session, when the console cannot tell which key is its own', () => {
    const entries = [entry(1, 'projects.update', ['proj_a'], T0)];
    const keyEvent = event('project.updated', { id: 'proj_a' }, T0, byOtherKey);
    expect(attributeEvents([keyEvent], entries, []).get(keyEvent.id)?.entryId).toBe(1);
    expect(attributeEvents([event('project.updated', { id: 'proj_a' }, T0, bySession)], entries, []).size).toBe(0);
    // A project's service-account key is never the console's admin key.
    const byServiceAccount = { type: 'api_key', api_key: { id: 'key_svc', type: 'service_account', service_account: { id: 'svc_1' } } };
    const serviceEvent = event('project.updated', { id: 'proj_a' }, T0, byServiceAccount);
    expect(madeByConsoleKey(serviceEvent, [])).toBe(false);
    expect(attributeEvents([serviceEvent], entries, []).size).toBe(0);
  });

  it('looks for a change’s events from its sending to its answer, give or take the clock skew, and back', () => {
    const sent = entry(1, 'projects.update', ['proj_a'], T0);
    expect(entryWindow(sent)).toEqual({ start: T0 - CLOCK_SKEW_SECONDS, end: T0 + 1 + CLOCK_SKEW_SECONDS });
    expect(entryWindow({ ...sent, finishedAt: null })).toEqual({ start: T0 - CLOCK_SKEW_SECONDS, end: T0 + PENDING_SECONDS + CLOCK_SKEW_SECONDS });
    // Every entry whose window holds an event was sent within the events' window.
    const span = windowForEvents([{ effective_at: T0 + PENDING_SECONDS + CLOCK_SKEW_SECONDS }, { effective_at: T0 - CLOCK_SKEW_SECONDS }]);
    expect(span && span.start <= T0 && T0 <= span.end).toBe(true);
    expect(windowForEvents([])).toBeNull();
    expect(matchedBy('target')).toBe('operation, target and time');
  });

  it('reads the ids an event and an entry name', () => {
    expect(eventObjectIds(event('certificates.deactivated', { certificates: [{ id: 'cert_1' }, { id: 'cert_2' }] }, T0)).sort()).toEqual(['cert_1', 'cert_2']);
    expect(eventObjectIds(event('tenant.group.member.added', { id: 'group_1', user_id: 'user-1' }, T0)).sort()).toEqual(['group_1', 'user-1']);
    expect(journalEntryIds({ targetIds: { project_id: 'proj_a' }, resultIds: { id: 'svc_1', api_key_id: 'key_9' }, requestSummary: { certificate_ids: ['cert_1'], role_id: 'role_1', name: 'x' } }).sort()).toEqual(
      ['cert_1', 'key_9', 'proj_a', 'role_1', 'svc_1'],
    );
  });

  it('knows the events of every change the registry can make', () => {
    const mutations = OPERATIONS.filter((operation) => operation.mutates).map((operation) => operation.name);
    expect(mutations.filter((name) => !EVENTS_BY_OPERATION[name])).toEqual([]);
    expect(Object.keys(EVENTS_BY_OPERATION).filter((name) => !mutations.includes(name))).toEqual([]);
  });
});
