import 'server-only';
import { APIError } from 'openai';
import { expect } from 'vitest';
import type { AuditEventType } from '../../audit';
import { auditEntries, openTestSandbox, type TestSandbox } from '../../test-sandbox';

export type AccessTestEnv = TestSandbox;
export const openAccessTestEnv = openTestSandbox;

/** The details of the newest audit events of a type, newest first. */
export async function auditDetails(
  env: AccessTestEnv,
  type: AuditEventType,
  limit = 20,
): Promise<(Record<string, unknown> & { project?: unknown })[]> {
  return (await auditEntries(env.handle, type, limit)).map((entry) => {
    const details = (entry as unknown as Record<string, Record<string, unknown>>)[type] ?? {};
    return { ...details, project: entry.project };
  });
}

/** Awaits a call the API must refuse; answers the SDK's error for further checks. */
export async function refused(
  call: Promise<unknown>,
  status: number,
  param?: string | null,
): Promise<APIError> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(APIError);
  const apiError = error as APIError;
  expect(apiError.status, apiError.message).toBe(status);
  if (param !== undefined) expect(apiError.param).toBe(param);
  return apiError;
}

export { collect } from '../../test-sandbox';
