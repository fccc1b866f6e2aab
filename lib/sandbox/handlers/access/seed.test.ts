import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { KIND, type OrganizationRecord, type ProjectObject } from '../../model';
import { createPrng } from '../../random';
import { sandboxObject } from '../../schema';
import {
  SANDBOX_DEFAULT_PROJECT_ID,
  SANDBOX_ORGANIZATION_ID,
  ensureSandboxSeeded,
  seedProjectId,
} from '../../seed';
import { SEEDERS } from '../../seeders';
import { accessSeeder } from '../../seeders/access';
import { coreSeeder } from '../../seeders/core';
import type { SeedContext } from '../../seeders/types';
import { countObjects, getObject, listObjects } from '../../store';
import { insertObject } from '../../store-writes';
import { sandboxCall } from '../../test-server';
import { ACCESS_KIND, type GroupObject, type ProjectGroupObject, type RoleRecord } from './kinds';
import { seedGroupId } from './seed-sink';

const all = <T>(handle: DbHandle, kind: string, scope = '') =>
  listObjects<T>(handle.db, { kind, scope, direction: 'asc', limit: 20_000 }).then((rows) =>
    rows.map((r) => r.data),
  );

describe('the default access seed', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDb({ memory: true });
    await ensureSandboxSeeded(handle.db);
  });
  afterAll(() => handle.close());

  it('has eight teams, two of them synced from Okta, each with members who are organization users', async () => {
    const groups = await all<GroupObject>(handle, ACCESS_KIND.group);
    expect(groups).toHaveLength(8);
    expect(
      groups
        .filter((g) => g.is_scim_managed)
        .map((g) => g.name)
        .sort(),
    ).toEqual(['okta-contractors', 'okta-robotics-field-ops']);
    expect(groups.map((g) => g.created_at)).toEqual([...groups.map((g) => g.created_at)].sort());
    expect(groups.find((g) => g.name === 'Platform Engineering')?.id).toBe(
      seedGroupId('Platform Engineering'),
    );
    for (const group of groups) {
      const members = await all<{ id: string }>(handle, ACCESS_KIND.groupUser, group.id);
      expect(members.length).toBeGreaterThanOrEqual(3);
      for (const member of members)
        expect(await getObject(handle.db, KIND.user, '', member.id)).not.toBeNull();
    }
  });

  it('has custom organization and project roles, and assignments of them', async () => {
    const roles = await all<RoleRecord>(handle, ACCESS_KIND.organizationRole);
    expect(roles.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Access Administrator', 'Billing Manager', 'Security Auditor']),
    );
    expect(
      roles.every(
        (r) => r.created_by_user_obj !== null && (r.created_at ?? 0) <= (r.updated_at ?? 0),
      ),
    ).toBe(true);
    for (const name of [
      'Customer Support Assistant',
      'Developer Copilot',
      'Fleet Telemetry Insights',
    ]) {
      const custom = await all<RoleRecord>(handle, ACCESS_KIND.projectRole, seedProjectId(name));
      expect(custom.length).toBeGreaterThanOrEqual(2);
    }
    expect(
      await countObjects(handle.db, {
        kind: ACCESS_KIND.groupRole,
        scope: seedGroupId('Security & Compliance'),
      }),
    ).toBe(1);
    const kindCount = async (kind: string) =>
      (
        await handle.db
          .select({ n: count() })
          .from(sandboxObject)
          .where(eq(sandboxObject.kind, kind))
      )[0]?.n;
    expect(await kindCount(ACCESS_KIND.userRole)).toBe(5);
    expect(await kindCount(ACCESS_KIND.projectUserRole)).toBeGreaterThanOrEqual(7);
  });

  it('gives groups access only to active projects, always with a role', async () => {
    const projects = await all<ProjectObject>(handle, KIND.project);
    let links = 0;
    for (const project of projects) {
      for (const link of await all<ProjectGroupObject>(
        handle,
        ACCESS_KIND.projectGroup,
        project.id,
      )) {
        links += 1;
        expect(project.status).toBe('active');
        expect(link.created_at).toBeGreaterThanOrEqual(project.created_at);
        const scope = `${project.id}/${link.group_id}`;
        expect(await countObjects(handle.db, { kind: ACCESS_KIND.projectGroupRole, scope })).toBe(
          1,
        );
      }
    }
    expect(links).toBeGreaterThanOrEqual(4);
  });
});

describe('the large access seed', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDb({ memory: true });
  });
  afterAll(() => handle.close());

  it('grows to about 200 groups over 10,000 users, and still answers', async () => {
    const base = Math.floor(Date.now() / 86_400_000) * 86_400;
    const organization: OrganizationRecord = {
      id: SANDBOX_ORGANIZATION_ID,
      name: 'Northwind Robotics',
      base_time: base,
      default_project_id: SANDBOX_DEFAULT_PROJECT_ID,
      // Only core and access run here: mark the rest done so requests do not seed them.
      seeders: SEEDERS.map((s) => s.name),
      preset: 'large',
    };
    const ctx = (seed: number): SeedContext => ({
      db: handle.db,
      organization,
      base,
      preset: 'large',
      random: createPrng(seed),
    });
    await coreSeeder.run(ctx(1));
    await accessSeeder.run(ctx(2));
    await insertObject(handle.db, {
      kind: KIND.organization,
      id: organization.id,
      data: organization,
      seq: 1,
    });

    const groups = await all<GroupObject>(handle, ACCESS_KIND.group);
    expect(groups).toHaveLength(200);
    expect(groups.filter((g) => g.is_scim_managed).length).toBeGreaterThan(20);
    const biggest = Math.max(
      ...(await Promise.all(
        groups.map((g) => countObjects(handle.db, { kind: ACCESS_KIND.groupUser, scope: g.id })),
      )),
    );
    expect(biggest).toBeGreaterThan(50);

    await sandboxCall(handle.db, { path: '/organization/groups?limit=1' }); // warm up
    for (const path of [
      '/organization/groups?limit=1000',
      `/organization/groups/${groups[100]?.id}/users?limit=1000`,
      '/organization/roles',
      `/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}/groups?limit=100`,
    ]) {
      const reply = await sandboxCall(handle.db, { path });
      expect(reply.status, path).toBe(200);
    }
  });
});
