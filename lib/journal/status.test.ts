import { describe, expect, it } from 'vitest';
import { needsALook, shouldLookUpstream, STALE_PENDING_MS, upstreamStatus, upstreamStatusText, type UpstreamStatus } from './status';

const found: UpstreamStatus = { kind: 'found', eventIds: ['audit_log-1'] };
const missing: UpstreamStatus = { kind: 'missing' };

describe('the upstream status of a journalled change', () => {
  it('looks upstream only for changes that may have happened and leave events', () => {
    expect(shouldLookUpstream({ operation: 'projects.create', outcome: 'succeeded' })).toBe(true);
    expect(shouldLookUpstream({ operation: 'projects.create', outcome: 'unknown' })).toBe(true);
    expect(shouldLookUpstream({ operation: 'projects.create', outcome: 'failed' })).toBe(false);
    expect(shouldLookUpstream({ operation: 'projects.create', outcome: 'pending' })).toBe(false);
    expect(shouldLookUpstream({ operation: 'consoleUsers.create', outcome: 'succeeded' })).toBe(false);
    expect(shouldLookUpstream({ operation: 'sandbox.reset', outcome: 'succeeded' })).toBe(false);
  });

  it('classifies each case', () => {
    expect(upstreamStatus({ operation: 'projects.create', outcome: 'succeeded' }, found)).toEqual(found);
    expect(upstreamStatus({ operation: 'projects.create', outcome: 'succeeded' }, missing)).toEqual(missing);
    expect(upstreamStatus({ operation: 'projects.create', outcome: 'unknown' }, found)).toEqual(found);
    expect(upstreamStatus({ operation: 'projects.create', outcome: 'failed' }, found)).toEqual({ kind: 'not_applicable' });
    expect(upstreamStatus({ operation: 'consoleUsers.setRole', outcome: 'succeeded' }, undefined)).toEqual({ kind: 'not_expected' });
    expect(upstreamStatus({ operation: 'consoleUsers.setRole', outcome: 'failed' }, undefined)).toEqual({ kind: 'not_applicable' });
    expect(upstreamStatus({ operation: 'projects.create', outcome: 'pending' }, undefined).kind).toBe('not_checked');
    expect(upstreamStatus({ operation: 'projects.create', outcome: 'succeeded' }, undefined).kind).toBe('not_checked');
  });

  it('tells the status in words for the CSV', () => {
    expect(upstreamStatusText(found)).toBe('event found (audit_log-1)');
    expect(upstreamStatusText(missing)).toBe('no upstream event yet');
    expect(upstreamStatusText({ kind: 'not_expected' })).toBe('no upstream event expected');
    expect(upstreamStatusText({ kind: 'not_checked', reason: 'Too old.' })).toBe('not checked: Too old.');
  });
});

describe('“needs a look”', () => {
  const now = 1_800_000_000_000;
  const at = (outcome: string, status: UpstreamStatus, age = 1000, operation = 'projects.update') => needsALook({ operation, outcome, createdAt: now - age }, status, now);

  it('lists failed and unknown-outcome changes whatever upstream shows', () => {
    expect(at('failed', { kind: 'not_applicable' })).toBe(true);
    expect(at('unknown', found)).toBe(true);
    expect(at('unknown', missing)).toBe(true);
  });

  it('lists a succeeded change only when its upstream event is missing', () => {
    expect(at('succeeded', missing)).toBe(true);
    expect(at('succeeded', found)).toBe(false);
    expect(at('succeeded', { kind: 'not_expected' }, 1000, 'consoleUsers.create')).toBe(false);
    expect(at('succeeded', { kind: 'not_checked', reason: 'x' })).toBe(false);
  });

  it('lists a change still pending only once it has waited too long', () => {
    expect(at('pending', { kind: 'not_checked', reason: 'x' }, 1000)).toBe(false);
    expect(at('pending', { kind: 'not_checked', reason: 'x' }, STALE_PENDING_MS + 1)).toBe(true);
  });
});
