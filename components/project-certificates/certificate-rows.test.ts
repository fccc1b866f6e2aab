import { describe, expect, it } from 'vitest';
import type { OrgCertificate, ProjectCertificate } from '@/lib/queries/project-trust';
import { certificateRows, outcomeSummary, planToggle, TOGGLE_BATCH } from './certificate-rows';

const NOW = 1_800_000_000;
const DAY = 86_400;
const org = (id: string, active: boolean, expires = NOW + 400 * DAY, created = 1): OrgCertificate => ({
  id,
  object: 'organization.certificate',
  name: `Cert ${id}`,
  created_at: created,
  active,
  certificate_details: { valid_at: NOW - DAY, expires_at: expires },
});
const proj = (id: string, active: boolean, expires = NOW + 400 * DAY, created = 1): ProjectCertificate => ({
  ...org(id, active, expires, created),
  object: 'organization.project.certificate',
  active,
});

describe('certificateRows', () => {
  it('joins both lists: the project state from the project list, the organization state from the other', () => {
    const rows = certificateRows([org('a', true, undefined, 2), org('b', false, NOW - DAY, 1)], [proj('a', false, undefined, 2), proj('b', true, NOW - DAY, 1)], NOW);
    expect(rows.map((r) => [r.id, r.orgActive, r.projectActive, r.validity.kind])).toEqual([
      ['a', true, false, 'valid'],
      ['b', false, true, 'expired'],
    ]);
  });
  it('keeps a certificate only one list has', () => {
    const rows = certificateRows([org('a', false)], [proj('c', true)], NOW);
    expect(rows.find((r) => r.id === 'a')).toMatchObject({ projectActive: false, orgActive: false });
    expect(rows.find((r) => r.id === 'c')).toMatchObject({ projectActive: true, orgActive: null });
  });
});

describe('planToggle', () => {
  it('sends only what changes, skipping what is already in that state and expired certificates', () => {
    const rows = certificateRows([], [proj('on', true), proj('off', false), proj('old', false, NOW - DAY)], NOW);
    const activate = planToggle(rows, true);
    expect(activate.batches.map((b) => b.map((r) => r.id))).toEqual([['off']]);
    expect(activate.outcomes.map((o) => [o.id, o.kind])).toEqual([
      ['old', 'refused'],
      ['on', 'unchanged'],
    ]);
    const deactivate = planToggle(rows, false);
    expect(deactivate.batches.map((b) => b.map((r) => r.id))).toEqual([['on']]);
    expect(deactivate.outcomes.map((o) => o.kind)).toEqual(['unchanged', 'unchanged']);
  });
  it('splits into calls of at most 10', () => {
    const rows = certificateRows([], Array.from({ length: 23 }, (_, i) => proj(`c${i}`, false)), NOW);
    expect(planToggle(rows, true).batches.map((b) => b.length)).toEqual([TOGGLE_BATCH, TOGGLE_BATCH, 3]);
  });
});

describe('outcomeSummary', () => {
  it('counts each kind of outcome', () => {
    const o = (kind: 'changed' | 'unchanged' | 'refused' | 'failed') => ({ id: kind, name: kind, kind, message: '' });
    expect(outcomeSummary([o('changed'), o('changed'), o('unchanged'), o('failed')], true)).toBe('2 activated, 1 already active, 1 failed');
    expect(outcomeSummary([o('refused')], true)).toBe('1 expired');
    expect(outcomeSummary([], false)).toBe('Nothing to change');
  });
});
