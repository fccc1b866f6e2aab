import 'server-only';
import { X509Certificate } from 'node:crypto';
import { invalidRequest } from '../../errors';

/** What the sandbox reads from an uploaded certificate. */
export interface ParsedCertificate {
  /** The certificate re-encoded as one clean PEM block. */
  content: string;
  valid_at: number;
  expires_at: number;
  subject: string;
  issuer: string;
  serialNumber: string;
  fingerprint256: string;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

const refuse = (message: string, code: string) => invalidRequest(message, 'certificate', code);

const toSeconds = (text: string) => Math.floor(Date.parse(text) / 1000);

/** Parses one X.509 certificate. Throws when it cannot be read. */
export function readCertificate(pem: string): ParsedCertificate {
  const x509 = new X509Certificate(pem);
  return {
    content: x509.toString(),
    valid_at: toSeconds(x509.validFrom),
    expires_at: toSeconds(x509.validTo),
    subject: x509.subject,
    issuer: x509.issuer,
    serialNumber: x509.serialNumber,
    fingerprint256: x509.fingerprint256,
  };
}

/**
 * Checks an upload the way the API must: exactly one PEM certificate, nothing else (above all no
 * private key), readable, and not expired at `now`. Returns what it says, or throws a 400.
 */
export function parseCertificateUpload(text: string, now: number): ParsedCertificate {
  const blocks = [...text.matchAll(BLOCK)];
  if (blocks.some((block) => block[1]?.includes('PRIVATE KEY'))) {
    throw refuse(
      'The upload contains a private key. Upload only the certificate (the PEM block that starts with -----BEGIN CERTIFICATE-----) and keep the private key secret.',
      'private_key_not_allowed',
    );
  }
  const certificates = blocks.filter((block) => block[1] === 'CERTIFICATE');
  if (certificates.length > 1) {
    throw refuse(
      `The upload contains ${certificates.length} certificates. Upload exactly one certificate at a time.`,
      'multiple_certificates',
    );
  }
  const [only] = certificates;
  const leftover = only ? text.replace(only[0], '').trim() : text;
  if (!only || leftover !== '') {
    throw refuse(
      'The certificate is not a valid PEM-encoded X.509 certificate. Expected one block from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
      'invalid_certificate',
    );
  }
  let parsed: ParsedCertificate;
  try {
    parsed = readCertificate(only[0]);
  } catch {
    throw refuse(
      'The certificate could not be parsed: its PEM block does not hold a valid X.509 certificate.',
      'invalid_certificate',
    );
  }
  if (parsed.expires_at <= now) {
    const date = new Date(parsed.expires_at * 1000).toISOString();
    throw refuse(
      `The certificate expired on ${date} and cannot be uploaded.`,
      'certificate_expired',
    );
  }
  return parsed;
}
