import 'server-only';
import type OpenAI from 'openai';
import type { AuditLogObject } from '../../audit';
import { auditEntries, openTestSandbox, type TestSandbox } from '../../test-sandbox';
import { issueCertificate, type IssuedCertificate } from './x509-builder';

/** For the trust family's tests: the shared test sandbox, plus the newest audit event of a type. */
export interface TrustHarness extends TestSandbox {
  admin: OpenAI['admin']['organization'];
  lastAudit(type: AuditLogObject['type']): Promise<AuditLogObject | undefined>;
}

export async function openTrustHarness(): Promise<TrustHarness> {
  const sandbox = await openTestSandbox();
  return { ...sandbox, admin: sandbox.org, lastAudit: async (type) => (await auditEntries(sandbox.handle, type, 1))[0] };
}


const DAY = 86_400;

/** A certificate valid from a day ago for 400 days, unless told otherwise (Unix seconds). */
export function freshCertificate(
  commonName: string,
  validFrom = Math.floor(Date.now() / 1000) - DAY,
  validTo = validFrom + 401 * DAY,
): IssuedCertificate {
  return issueCertificate({ subject: { commonName, organization: 'Test Co' }, validFrom, validTo });
}

export { collect } from '../../test-sandbox';
