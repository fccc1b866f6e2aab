import { describe, expect, it } from 'vitest';
import type { MemberRow } from './directory';
import { mapLimit } from '@/lib/format/map-limit';
import { applyChunk, EMPTY_SCAN, withHolder, withoutHolder, withoutRole, type ScanChunk } from './role-holders';

const user = (id: string, name: string): MemberRow => ({
  id,
  name,
  email: `${id}@example.com`,
  role: 'reader',
  added_at: 0,
  is_scim_managed: false,
  projects: null,
  groups: null,
});
const ada = user('u1', 'Ada');
const noah = user('u2', 'Noah');
const assigned = (id: string, sources: { principal_id: string; principal_type: string }[] | null = null) => ({
  id,
  assignment_sources: sources,
});
const users = (startedAt: number, ...results: [MemberRow, ReturnType<typeof assigned>[]][]): ScanChunk => ({
  kind: 'users',
  startedAt,
  // The scan only reads `id` and `assignment_sources` of each assigned role.
  results: results.map(([u, roles]) => ({ user: u, roles: roles as never })),
});
const holders = (scan: typeof EMPTY_SCAN, roleId: string) => (scan.byRole[roleId] ?? []).map((h) => [h.user.name, h.direct, h.viaGroups]);

describe('the holders scan', () => {
  it('collects holders of every role as chunks arrive, with progress', () => {
    let scan = applyChunk(EMPTY_SCAN, { kind: 'total', total: 2 });
    scan = applyChunk(scan, users(1, [ada, [assigned('r1'), assigned('r2', [{ principal_id: 'g1', principal_type: 'group' }])]]));
    expect(scan).toMatchObject({ total: 2, checked: 1, done: false });
    scan = applyChunk(scan, users(2, [noah, [assigned('r1', [{ principal_id: 'u2', principal_type: 'user' }])]]));
    scan = applyChunk(scan, { kind: 'done' });
    expect(scan).toMatchObject({ checked: 2, done: true });
    expect(holders(scan, 'r1')).toEqual([['Ada', true, []], ['Noah', true, []]]);
    // Held only through a group: not directly unassignable.
    expect(holders(scan, 'r2')).toEqual([['Ada', false, ['g1']]]);
  });

  it('keeps changes made here over what the scan read before them', () => {
    let scan = applyChunk(EMPTY_SCAN, { kind: 'total', total: 2 });
    scan = withHolder(scan, 'r1', noah, 100);
    // Noah was read at 50, before the assignment at 100: the scan's view is older.
    scan = applyChunk(scan, users(50, [noah, []]));
    expect(holders(scan, 'r1')).toEqual([['Noah', true, []]]);
    // Read again at 150: the scan's view wins, and no one is listed twice.
    scan = applyChunk(scan, users(150, [noah, [assigned('r1')]], [ada, [assigned('r1')]]));
    expect(holders(scan, 'r1')).toEqual([['Noah', true, []], ['Ada', true, []]]);
  });

  it('adds holders in name order, and forgets them and deleted roles', () => {
    let scan = withHolder(EMPTY_SCAN, 'r1', noah);
    scan = withHolder(scan, 'r1', ada);
    expect(holders(scan, 'r1').map(([n]) => n)).toEqual(['Ada', 'Noah']);
    scan = withoutHolder(scan, 'r1', 'u1');
    expect(holders(scan, 'r1').map(([n]) => n)).toEqual(['Noah']);
    scan = withoutHolder(scan, 'r1', 'u2');
    expect(scan.byRole).toEqual({});
    expect(withoutRole(withHolder(scan, 'r9', ada), 'r9').byRole).toEqual({});
  });

  it('never runs more than the limit at once and keeps the order of results', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });
});
