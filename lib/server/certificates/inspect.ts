import 'server-only';
import { X509Certificate } from 'node:crypto';
import { MAX_CERTIFICATE_CHARS, type Inspection, type InspectionProblem } from '@/lib/certificates/inspection';

export { MAX_CERTIFICATE_CHARS };
export type { Inspection };

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

const refuse = (problem: InspectionProblem, reason: string): Inspection => ({ ok: false, problem, reason });

/** The CN of an X.509 distinguished name as node prints it (one `key=value` a line). */
export function commonNameOf(name: string): string | null {
  const line = name.split('\n').find((l) => l.startsWith('CN='));
  return line ? line.slice(3) : null;
}

/**
 * Inspects a PEM upload the way the API will judge it: exactly one certificate, no private key,
 * parseable, not expired at `now` (ms), within the size limit. Never throws.
 */
export function inspectCertificatePem(text: string, now: number = Date.now()): Inspection {
  if (text.length > MAX_CERTIFICATE_CHARS) {
    return refuse('too_large', `The file is ${text.length.toLocaleString('en-US')} characters; the API takes at most ${MAX_CERTIFICATE_CHARS.toLocaleString('en-US')}.`);
  }
  const blocks = [...text.matchAll(BLOCK)];
  if (blocks.some((b) => b[1]?.includes('PRIVATE KEY')) || /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    return refuse('private_key', 'This is a private key, not a certificate. Upload only the certificate (-----BEGIN CERTIFICATE-----) and keep the private key secret.');
  }
  const certificates = blocks.filter((b) => b[1] === 'CERTIFICATE');
  if (certificates.length > 1) {
    return refuse('multiple_certificates', `The file holds ${certificates.length} certificates; the API takes one at a time. Upload each certificate separately.`);
  }
  const [only] = certificates;
  if (!only || text.replace(only[0], '').trim() !== '') {
    return refuse('malformed', 'This is not a PEM certificate: expected one block from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- and nothing else.');
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(only[0]);
  } catch {
    return refuse('malformed', 'The PEM block could not be read as an X.509 certificate (it is damaged or not a certificate).');
  }
  const validTo = new Date(x509.validTo);
  if (validTo.getTime() <= now) {
    return refuse('expired', `The certificate expired on ${validTo.toISOString().slice(0, 10)}; the API refuses expired certificates.`);
  }
  return {
    ok: true,
    certificate: {
      subject: x509.subject,
      commonName: commonNameOf(x509.subject),
      issuer: x509.issuer,
      serialNumber: x509.serialNumber,
      validFrom: new Date(x509.validFrom).toISOString(),
      validTo: validTo.toISOString(),
      fingerprint256: x509.fingerprint256,
      isCA: x509.ca,
    },
  };
}
