import { describe, expect, it } from 'vitest';
import { auditSearch } from '@/lib/audit/query';
import { RouteInputError } from '../directory/route';
import { auditQuery } from './handlers';

describe("the audit log page's query", () => {
  it('turns the filters into the API query the registry accepts', () => {
    const search = auditSearch(
      { types: ['project.created', 'group.created'], actors: ['ada@example.com', 'user-abc'], projects: ['proj_a'], resources: ['cert_1'], from: '2026-11-01', to: '2026-11-02', tenant: false },
      { after: 'audit_log-9' },
    );
    const query = auditQuery(search);
    expect(query).toMatchObject({
      event_types: ['project.created', 'group.created'],
      actor_emails: ['ada@example.com'],
      actor_ids: ['user-abc'],
      project_ids: ['proj_a'],
      resource_ids: ['cert_1'],
      after: 'audit_log-9',
      limit: 50,
    });
    // Two whole local days: from the first midnight to the midnight after the second day.
    expect(Number(query['effective_at[lt]']) - Number(query['effective_at[gte]'])).toBeGreaterThanOrEqual(2 * 86_400 - 3_600);
  });

  it('refuses bad input with a reason before anything is sent', () => {
    expect(() => auditQuery(new URLSearchParams('event_types[]=project.exploded'))).toThrow(RouteInputError);
    expect(() => auditQuery(new URLSearchParams('effective_at[gte]=yesterday'))).toThrow(RouteInputError);
    expect(() => auditQuery(new URLSearchParams('actor_emails[]=not-an-email'))).toThrow(RouteInputError);
    expect(() => auditQuery(new URLSearchParams('limit=5000'))).toThrow(RouteInputError);
    expect(() => auditQuery(new URLSearchParams('project_ids[]=../../organization/admin_api_keys'))).toThrow(RouteInputError);
    expect(() => auditQuery(new URLSearchParams('sneaky=1'))).toThrow(RouteInputError);
  });
});
