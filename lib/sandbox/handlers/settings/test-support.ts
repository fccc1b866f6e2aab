import 'server-only';
import type { AuditEventType, AuditLogObject } from '../../audit';
import { seedProjectId } from '../../seed';
import { auditEntries, openTestSandbox, type TestSandbox } from '../../test-sandbox';

export type SettingsTestEnv = TestSandbox;
export const openSettingsTestEnv = openTestSandbox;

/** The newest audit events of a type, newest first. */
export async function auditEvents(
  env: SettingsTestEnv,
  type: AuditEventType,
): Promise<AuditLogObject[]> {
  return auditEntries(env.handle, type);
}

/** The `changes_requested` of the newest audit event of a type. */
export async function lastChange(
  env: SettingsTestEnv,
  type: AuditEventType,
): Promise<{ event: AuditLogObject; changes: Record<string, unknown> }> {
  const [event] = await auditEvents(env, type);
  if (!event) throw new Error(`no ${type} audit event`);
  const details = (event as unknown as Record<string, { changes_requested?: unknown }>)[type];
  return { event, changes: (details?.changes_requested ?? {}) as Record<string, unknown> };
}

export const ARCHIVED_PROJECT_ID = seedProjectId('Hackathon 2024');
export const SUPPORT_PROJECT_ID = seedProjectId('Customer Support Assistant');
export const LEGAL_PROJECT_ID = seedProjectId('Legal Contract Review');
export const MARKETING_PROJECT_ID = seedProjectId('Marketing Content Studio');
export const INTERN_PROJECT_ID = seedProjectId('Summer Intern Sandbox');
