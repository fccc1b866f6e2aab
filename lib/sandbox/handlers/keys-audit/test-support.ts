import 'server-only';
import type { AuditLogObject } from '../../audit';
import { auditEntries, type TestSandbox } from '../../test-sandbox';

export { openTestSandbox, type TestSandbox } from '../../test-sandbox';

/** The newest audit log entries, straight from the store. */
export async function latestAuditEntries(
  sandbox: TestSandbox,
  count = 10,
): Promise<AuditLogObject[]> {
  return auditEntries(sandbox.handle, undefined, count);
}

/** The newest entry of a type, or undefined. */
export async function latestOfType(
  sandbox: TestSandbox,
  type: string,
): Promise<AuditLogObject | undefined> {
  return (await latestAuditEntries(sandbox, 50)).find((entry) => entry.type === type);
}
