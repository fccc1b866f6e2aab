import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { arrayParam, booleanParam, intParam, OPERATIONS, OPERATIONS_BY_NAME } from './operations';
import type { OperationDef } from './operation';

const endpointLines = readFileSync(new URL('./endpoints-in-openapi.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

function op(name: string): OperationDef {
  const operation = OPERATIONS_BY_NAME.get(name);
  if (!operation) throw new Error(`no operation named ${name}`);
  return operation;
}

function bodyOf(name: string) {
  const body = op(name).body;
  if (!body) throw new Error(`${name} has no body schema`);
  return body;
}

function queryOf(name: string) {
  const query = op(name).query;
  if (!query) throw new Error(`${name} has no query schema`);
  return query;
}

describe('operation registry: coverage', () => {
  it('has exactly one row per line of endpoints-in-openapi.txt', () => {
    const expected = new Set(endpointLines);
    const actual = OPERATIONS.map((o) => `${o.method} ${o.path}`);
    const actualSet = new Set(actual);

    const missing = [...expected].filter((line) => !actualSet.has(line));
    const extra = [...actualSet].filter((line) => !expected.has(line));
    const duplicated = actual.filter((line, i) => actual.indexOf(line) !== i);

    expect({ missing, extra, duplicated }).toEqual({ missing: [], extra: [], duplicated: [] });
    expect(endpointLines).toHaveLength(119);
    expect(expected.size).toBe(119);
    expect(OPERATIONS).toHaveLength(119);
  });

  it('has unique names, and OPERATIONS_BY_NAME holds every row', () => {
    const names = OPERATIONS.map((o) => o.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(OPERATIONS_BY_NAME.size).toBe(OPERATIONS.length);
    for (const operation of OPERATIONS)
      expect(OPERATIONS_BY_NAME.get(operation.name)).toBe(operation);
  });

  it('names are dotted camelCase SDK paths', () => {
    const bad = OPERATIONS.filter((o) => !/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/.test(o.name));
    expect(bad.map((o) => o.name)).toEqual([]);
  });
});

describe('operation registry: row invariants', () => {
  it('GET rows never mutate; POST and DELETE rows always do', () => {
    const wrong = OPERATIONS.filter((o) => (o.method === 'GET') === o.mutates);
    expect(wrong.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('every GET is open to viewers, every mutation needs operator or admin', () => {
    const wrong = OPERATIONS.filter((o) =>
      o.method === 'GET' ? o.role !== 'viewer' : o.role === 'viewer',
    );
    expect(wrong.map((o) => o.name)).toEqual([]);
  });

  it('only GETs have a query schema; DELETEs have no body', () => {
    expect(OPERATIONS.filter((o) => o.method !== 'GET' && o.query).map((o) => o.name)).toEqual([]);
    expect(OPERATIONS.filter((o) => o.method !== 'POST' && o.body).map((o) => o.name)).toEqual([]);
  });

  it('every path parameter placeholder is snake_case', () => {
    const bad: string[] = [];
    for (const operation of OPERATIONS) {
      for (const [, param] of operation.path.matchAll(/\{([^}]*)\}/g)) {
        if (!param || !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(param))
          bad.push(`${operation.path}: ${param}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('flags exactly the operations that return a one-time secret', () => {
    const secret = OPERATIONS.filter((o) => o.returnsSecret).map((o) => o.name);
    expect(secret.sort()).toEqual(
      [
        'adminAPIKeys.create',
        'projects.serviceAccounts.apiKeys.create',
        'projects.serviceAccounts.create',
      ].sort(),
    );
  });

  it('has summaries', () => {
    expect(OPERATIONS.filter((o) => o.summary.trim().length < 5).map((o) => o.name)).toEqual([]);
  });

  it('assigns the documented roles to a few mutations', () => {
    expect(op('projects.create').role).toBe('operator');
    expect(op('projects.archive').role).toBe('operator');
    expect(op('projects.users.delete').role).toBe('operator');
    expect(op('projects.rateLimits.updateRateLimit').role).toBe('operator');
    expect(op('adminAPIKeys.create').role).toBe('admin');
    expect(op('projects.apiKeys.delete').role).toBe('admin');
    expect(op('spendLimit.update').role).toBe('admin');
  });
});

describe('operation registry: schemas', () => {
  it('projects.create requires a non-empty name and rejects unknown fields', () => {
    const body = bodyOf('projects.create');
    expect(body.safeParse({}).success).toBe(false);
    expect(body.safeParse({ name: '' }).success).toBe(false);
    expect(body.safeParse({ name: '   ' }).success).toBe(false);
    expect(body.safeParse({ name: 'x' }).success).toBe(true);
    expect(body.parse({ name: '  Team  ' })).toEqual({ name: 'Team' });
    expect(body.safeParse({ name: 'x', surprise: true }).success).toBe(false);
  });

  it('projects.archive takes no body', () => {
    expect(op('projects.archive').body).toBeUndefined();
  });

  it('projects.list coerces and bounds limit and parses include_archived', () => {
    const query = queryOf('projects.list');
    expect(query.parse({ limit: '5' })).toEqual({ limit: 5 });
    expect(query.safeParse({ limit: '0' }).success).toBe(false);
    expect(query.safeParse({ limit: '101' }).success).toBe(false);
    expect(query.safeParse({ limit: '' }).success).toBe(false);
    expect(query.safeParse({ limit: 'abc' }).success).toBe(false);
    expect(query.safeParse({ limit: '2.5' }).success).toBe(false);
    expect(query.parse({ include_archived: 'false' })).toEqual({ include_archived: false });
    expect(query.safeParse({ unknown: 'x' }).success).toBe(false);
  });

  it('booleanParam turns "false" into false and rejects anything else', () => {
    expect(booleanParam.parse('false')).toBe(false);
    expect(booleanParam.parse('true')).toBe(true);
    expect(booleanParam.parse(false)).toBe(false);
    expect(booleanParam.safeParse('yes').success).toBe(false);
    expect(booleanParam.safeParse('').success).toBe(false);
  });

  it('arrayParam accepts one value or several', () => {
    const param = arrayParam(booleanParam);
    expect(param.parse('true')).toEqual([true]);
    expect(param.parse(['true', 'false'])).toEqual([true, false]);
    expect(param.safeParse(['true', 'nope']).success).toBe(false);
  });

  it('intParam rejects empty strings but keeps optional keys optional', () => {
    expect(intParam(1, 3).parse('2')).toBe(2);
    expect(intParam(1, 3).safeParse('').success).toBe(false);
    expect(intParam(1, 3).optional().parse(undefined)).toBeUndefined();
  });

  it('usage queries require start_time and normalise array filters', () => {
    const query = queryOf('usage.completions');
    expect(query.safeParse({}).success).toBe(false);
    expect(
      query.parse({
        start_time: '1730419200',
        project_ids: 'proj_abc',
        group_by: ['model', 'batch'],
        batch: 'false',
      }),
    ).toEqual({
      start_time: 1730419200,
      project_ids: ['proj_abc'],
      group_by: ['model', 'batch'],
      batch: false,
    });
    expect(query.safeParse({ start_time: '1', group_by: 'size' }).success).toBe(false);
    expect(query.safeParse({ start_time: '1', bucket_width: '1w' }).success).toBe(false);
    expect(query.safeParse({ start_time: '1', limit: '1440' }).success).toBe(true);
    expect(query.safeParse({ start_time: '1', limit: '1441' }).success).toBe(false);
    // Filters of other usage types are not accepted here.
    expect(query.safeParse({ start_time: '1', sizes: '256x256' }).success).toBe(false);
    expect(
      queryOf('usage.vectorStores').safeParse({ start_time: '1', user_ids: 'user_1' }).success,
    ).toBe(false);
  });

  it('costs accept only 1d buckets and at most 180 of them', () => {
    const query = queryOf('usage.costs');
    expect(query.safeParse({ start_time: '1', bucket_width: '1d', limit: '180' }).success).toBe(
      true,
    );
    expect(query.safeParse({ start_time: '1', bucket_width: '1h' }).success).toBe(false);
    expect(query.safeParse({ start_time: '1', limit: '181' }).success).toBe(false);
    expect(query.parse({ start_time: '1', group_by: 'line_item' })).toEqual({
      start_time: 1,
      group_by: ['line_item'],
    });
  });

  it('audit logs keep the bracketed effective_at keys and check event types', () => {
    const query = queryOf('auditLogs.list');
    expect(
      query.parse({
        'effective_at[gte]': '100',
        event_types: 'project.created',
        tenant_only: 'false',
      }),
    ).toEqual({ 'effective_at[gte]': 100, event_types: ['project.created'], tenant_only: false });
    expect(query.safeParse({ event_types: 'project.exploded' }).success).toBe(false);
    expect(query.safeParse({ effective_at: '100' }).success).toBe(false);
  });

  it('invites need an email and a known role', () => {
    const body = bodyOf('invites.create');
    expect(body.safeParse({ email: 'a@example.com', role: 'reader' }).success).toBe(true);
    expect(body.safeParse({ email: 'not-an-email', role: 'reader' }).success).toBe(false);
    expect(body.safeParse({ email: 'a@example.com', role: 'admin' }).success).toBe(false);
    expect(
      body.safeParse({
        email: 'a@example.com',
        role: 'owner',
        projects: [{ id: 'proj_1', role: 'member' }],
      }).success,
    ).toBe(true);
  });

  it('project users need a user_id or an email', () => {
    const body = bodyOf('projects.users.create');
    expect(body.safeParse({ role: 'member' }).success).toBe(false);
    expect(body.safeParse({ role: 'member', user_id: 'user_1' }).success).toBe(true);
    expect(body.safeParse({ role: 'member', email: 'a@example.com' }).success).toBe(true);
  });

  it('update bodies must change something', () => {
    expect(bodyOf('projects.update').safeParse({}).success).toBe(false);
    expect(bodyOf('projects.update').safeParse({ name: 'New' }).success).toBe(true);
  });

  it('role updates take any of their optional fields, or none (as the spec allows)', () => {
    for (const name of ['roles.update', 'projects.roles.update']) {
      expect(bodyOf(name).safeParse({}).success).toBe(true);
      expect(bodyOf(name).safeParse({ permissions: ['api.groups.read'] }).success).toBe(true);
      expect(bodyOf(name).safeParse({ role_name: '  ' }).success).toBe(false);
      expect(bodyOf(name).safeParse({ role: 'x' }).success).toBe(false);
    }
  });

  it('certificate toggles take 1..10 ids', () => {
    const body = bodyOf('certificates.activate');
    expect(body.safeParse({ certificate_ids: [] }).success).toBe(false);
    expect(body.safeParse({ certificate_ids: ['cert_abc'] }).success).toBe(true);
    expect(
      body.safeParse({ certificate_ids: Array.from({ length: 11 }, (_, i) => `cert_${i}`) })
        .success,
    ).toBe(false);
  });

  it('spend limits and alerts follow the spec', () => {
    const limit = bodyOf('projects.spendLimit.update');
    expect(
      limit.safeParse({ threshold_amount: 1000, currency: 'USD', interval: 'month' }).success,
    ).toBe(true);
    expect(
      limit.safeParse({ threshold_amount: 0, currency: 'USD', interval: 'month' }).success,
    ).toBe(false);
    expect(
      limit.safeParse({ threshold_amount: 1000, currency: 'EUR', interval: 'month' }).success,
    ).toBe(false);

    const alert = bodyOf('spendAlerts.create');
    expect(
      alert.safeParse({
        threshold_amount: 500,
        currency: 'USD',
        interval: 'month',
        notification_channel: { type: 'email', recipients: ['ops@example.com'] },
      }).success,
    ).toBe(true);
    expect(
      alert.safeParse({
        threshold_amount: 500,
        currency: 'USD',
        interval: 'month',
        notification_channel: { type: 'sms', recipients: ['ops@example.com'] },
      }).success,
    ).toBe(false);
  });

  it('admin API keys expire within a year at most', () => {
    const body = bodyOf('adminAPIKeys.create');
    expect(body.safeParse({ name: 'ci', expires_in_seconds: 31_536_000 }).success).toBe(true);
    expect(body.safeParse({ name: 'ci', expires_in_seconds: 31_536_001 }).success).toBe(false);
  });

  it('service-account API keys accept an empty body', () => {
    expect(bodyOf('projects.serviceAccounts.apiKeys.create').safeParse({}).success).toBe(true);
  });
});
