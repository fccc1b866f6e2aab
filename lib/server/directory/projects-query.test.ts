import { describe, expect, it } from 'vitest';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import { parseProjectsQuery, queryProjects, type ProjectsQuery } from './projects-query';
import { RouteInputError } from './route';

const project = (id: string, name: string, created_at: number, archived = false): Project => ({
  id,
  name,
  created_at,
  object: 'organization.project',
  status: archived ? 'archived' : 'active',
  archived_at: archived ? created_at + 1 : null,
});

// Listed in the API's order (oldest first), as the directory keeps them.
const projects = [
  project('proj_default', 'Default project', 100),
  project('proj_claims', 'Claims Triage', 200),
  project('proj_old', 'Legacy Claims', 300, true),
  project('proj_fleet', 'Fleet Copilot', 400),
  project('proj_b', 'Billing Agent', 500),
  project('proj_a', 'Billing Search', 500),
];

const parse = (search: string) => parseProjectsQuery(new URLSearchParams(search));
const ids = (search: string, list = projects) => queryProjects(list, parse(search)).data.map((p) => p.id);

describe('queryProjects', () => {
  it('shows active projects newest first by default, the id breaking ties', () => {
    expect(ids('')).toEqual(['proj_a', 'proj_b', 'proj_fleet', 'proj_claims', 'proj_default']);
    expect(ids('status=archived')).toEqual(['proj_old']);
    expect(ids('status=all')).toHaveLength(6);
  });

  it('searches names and ids case-insensitively over every project, and counts statuses over the search', () => {
    const page = queryProjects(projects, parse('q=  CLAIMS '));
    expect(page.data.map((p) => p.id)).toEqual(['proj_claims']);
    expect(page.counts).toEqual({ active: 1, archived: 1, all: 2 });
    expect(page.total).toBe(1);
    expect(ids('q=PROJ_FLE')).toEqual(['proj_fleet']);
    expect(queryProjects(projects, parse('')).counts).toEqual({ active: 5, archived: 1, all: 6 });
    expect(queryProjects(projects, parse('q=nothing-like-it')).counts).toEqual({ active: 0, archived: 0, all: 0 });
  });

  it('pages with a cursor until the end, each project once', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page = queryProjects(projects, parse(`status=all&limit=2${after ? `&after=${after}` : ''}`));
      seen.push(...page.data.map((p) => p.id));
      expect(page.total).toBe(6);
      if (!page.has_more) {
        expect(page.last_id).toBeNull();
        break;
      }
      expect(page.last_id).toBe(page.data.at(-1)?.id);
      after = page.last_id;
    }
    expect(seen).toEqual(['proj_a', 'proj_b', 'proj_fleet', 'proj_old', 'proj_claims', 'proj_default']);
  });

  it('keeps its place when the cursor project left the selection, and new projects do not shift later pages', () => {
    const archivedSince = projects.map((p) => (p.id === 'proj_fleet' ? { ...p, status: 'archived' as const } : p));
    expect(ids('limit=2&after=proj_fleet', archivedSince)).toEqual(['proj_claims', 'proj_default']);
    const grown = [...projects, project('proj_new', 'Brand new', 900)];
    expect(ids('limit=2&after=proj_b', grown)).toEqual(['proj_fleet', 'proj_claims']);
    expect(ids('limit=2', grown)).toEqual(['proj_new', 'proj_a']);
  });

  it('refuses a cursor it does not know, saying to start again', () => {
    expect(() => queryProjects(projects, parse('after=proj_gone'))).toThrow(/first page/);
  });

  it('answers an empty last page after the final cursor', () => {
    const page = queryProjects(projects, parse('after=proj_default'));
    expect(page).toMatchObject({ data: [], has_more: false, last_id: null, total: 5 });
  });
});

describe('parseProjectsQuery', () => {
  it('reads defaults and valid values', () => {
    expect(parse('')).toEqual<ProjectsQuery>({ status: 'active', q: '', limit: 50, after: null });
    expect(parse('status=archived&q=Fleet&limit=200&after=proj_abc')).toEqual<ProjectsQuery>({ status: 'archived', q: 'fleet', limit: 200, after: 'proj_abc' });
    expect(parse('status=&limit=&after=')).toEqual<ProjectsQuery>({ status: 'active', q: '', limit: 50, after: null });
  });

  it.each([
    ['status=deleted', 'status'],
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=1e2', 'limit'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['after=proj_x/../../admin_api_keys', 'after'],
    ['after=%00', 'after'],
    ['status=active&status=all', 'status'],
    ['offset=50', 'offset'],
  ])('refuses %s (param %s) with a message', (search, param) => {
    let error: unknown;
    try {
      parse(search);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RouteInputError);
    expect((error as RouteInputError).param).toBe(param);
    expect((error as RouteInputError).message.length).toBeGreaterThan(10);
  });
});
