import 'server-only';
import type { Db } from '@/lib/server/db';
import { KIND, type OrganizationRecord } from './model';
import { findFirst } from './store';

/** What callers outside the sandbox need to know about its organization. */
export interface SandboxOrganization {
  id: string;
  name: string;
  defaultProjectId: string;
  /** Start of the UTC day of seeding, Unix seconds. */
  baseTime: number;
}

/** The stored organization record, or null before the first seeding. */
export async function readOrganizationRecord(db: Db): Promise<OrganizationRecord | null> {
  return (await findFirst<OrganizationRecord>(db, { kind: KIND.organization }))?.data ?? null;
}

/** The sandbox organization, or null before it is seeded (see ensureSandboxSeeded). */
export async function readSandboxOrganization(db: Db): Promise<SandboxOrganization | null> {
  const found = await findFirst<OrganizationRecord>(db, { kind: KIND.organization });
  if (!found) return null;
  const { id, name, default_project_id, base_time } = found.data;
  return { id, name, defaultProjectId: default_project_id, baseTime: base_time };
}
