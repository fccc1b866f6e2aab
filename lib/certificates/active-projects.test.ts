import { describe, expect, it } from 'vitest';
import { groupByCertificate } from './active-projects';

const project = (id: string, name: string) => ({ id, name });

describe('groupByCertificate', () => {
  it('lists, for each certificate, the projects where it is active, by project name', () => {
    const grouped = groupByCertificate([
      { project: project('p2', 'Warehouse Vision'), certificates: [{ id: 'c1', active: true }, { id: 'c2', active: false }] },
      { project: project('p1', 'Analytics'), certificates: [{ id: 'c1', active: true }, { id: 'c3', active: true }] },
      { project: project('p3', 'Empty'), certificates: [] },
    ]);
    expect(grouped).toEqual({
      c1: [project('p1', 'Analytics'), project('p2', 'Warehouse Vision')],
      c3: [project('p1', 'Analytics')],
    });
  });

  it('leaves out certificates active nowhere, and counts a project once even if listed twice', () => {
    const grouped = groupByCertificate([
      { project: project('p1', 'A'), certificates: [{ id: 'c1', active: true }, { id: 'c1', active: true }, { id: 'c2', active: false }] },
    ]);
    expect(grouped).toEqual({ c1: [project('p1', 'A')] });
    expect(groupByCertificate([])).toEqual({});
  });
});
