import { describe, expect, it } from 'vitest';
import { MutationLimiter, type MutationRequest } from './mutation-limits';

const change = (over: Partial<MutationRequest> = {}): MutationRequest => ({
  userId: 'u1',
  operation: 'projects.create',
  path: '/organization/projects',
  body: { name: 'Payments' },
  ...over,
});

function limiter(duplicateSeconds = 5, perMinute = 30) {
  const clock = { now: 1_000_000 };
  return { clock, limits: new MutationLimiter({ duplicateSeconds, perMinute }, () => clock.now) };
}

const refusal = (answer: ReturnType<MutationLimiter['admit']>) => ('refusal' in answer ? answer.refusal : null);
const ticket = (answer: ReturnType<MutationLimiter['admit']>) => {
  if (!('ticket' in answer)) throw new Error(`refused: ${answer.refusal.error.message}`);
  return answer.ticket;
};

describe('duplicate submissions', () => {
  it('refuses the same change while the first is in flight, naming its journal entry', () => {
    const { clock, limits } = limiter();
    ticket(limits.admit(change())).journaled(42);
    clock.now += 60_000; // still pending a minute later: still a duplicate
    const second = refusal(limits.admit(change()));
    expect(second).toMatchObject({ status: 409, error: { code: 'duplicate_submission' } });
    expect(second?.error.message).toMatch(/60 s ago and it is still in progress.*journal entry #42.*Console journal/);
  });

  it('refuses it within the window after a success, and admits it after', () => {
    const { clock, limits } = limiter(5);
    ticket(limits.admit(change())).settle('succeeded');
    clock.now += 4_999;
    expect(refusal(limits.admit(change()))?.error.message).toContain('it succeeded');
    clock.now += 1;
    expect(refusal(limits.admit(change()))).toBeNull();
  });

  it('lets the same change go again at once after a failure, an unknown outcome (the person was told), or nothing sent', () => {
    const { limits } = limiter();
    ticket(limits.admit(change())).settle('failed');
    ticket(limits.admit(change())).settle('unknown');
    ticket(limits.admit(change())).release();
    expect(refusal(limits.admit(change()))).toBeNull();
  });

  it('tells changes apart by user, operation, path and body, not by key order or a trimmed space', () => {
    const { limits } = limiter();
    ticket(limits.admit(change({ body: { name: 'A', geography: 'US' } })));
    expect(refusal(limits.admit(change({ body: { geography: 'US', name: 'A' } })))?.status).toBe(409);
    for (const other of [
      { userId: 'u2' },
      { operation: 'projects.update', path: '/organization/projects/proj_1' },
      { operation: 'projects.update', path: '/organization/projects/proj_2' },
      { body: { name: 'B', geography: 'US' } },
      { body: { name: 'A', geography: 'EU' } },
    ])
      expect(refusal(limits.admit(change({ body: { name: 'A', geography: 'US' }, ...other })))).toBeNull();
  });

  it('is off at 0 seconds', () => {
    const { limits } = limiter(0);
    ticket(limits.admit(change()));
    expect(refusal(limits.admit(change()))).toBeNull();
  });
});

describe('per-user rate limit', () => {
  it('admits perMinute changes a minute, then refuses with how long to wait', () => {
    const { clock, limits } = limiter(5, 3);
    for (let i = 0; i < 3; i++) {
      ticket(limits.admit(change({ body: { name: `P${i}` } })));
      clock.now += 10_000;
    }
    const refused = refusal(limits.admit(change({ body: { name: 'P3' } })));
    expect(refused).toMatchObject({ status: 429, headers: { 'retry-after': '30' }, error: { code: 'change_rate_limited', retry_after_seconds: 30 } });
    expect(refused?.error.message).toMatch(/3 changes in the last minute.*not sent.*Try again in 30 s/);
    // Another person is not held back.
    expect(refusal(limits.admit(change({ userId: 'u2', body: { name: 'P3' } })))).toBeNull();
    clock.now += 30_000; // the first change is now a minute old
    expect(refusal(limits.admit(change({ body: { name: 'P3' } })))).toBeNull();
    expect(refusal(limits.admit(change({ body: { name: 'P4' } })))?.status).toBe(429);
  });

  it('does not count refused duplicates', () => {
    const { limits } = limiter(5, 2);
    ticket(limits.admit(change()));
    for (let i = 0; i < 5; i++) expect(refusal(limits.admit(change()))?.status).toBe(409);
    expect(refusal(limits.admit(change({ body: { name: 'Other' } })))).toBeNull();
  });
});
