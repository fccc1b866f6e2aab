/*
 * What the console's server says about a PEM upload (POST /api/certificates/inspect) and about
 * stored certificates (GET /api/certificates/subjects): shared by the server and the browser.
 */

/** The API's size limit on an uploaded certificate (`certificates.create` in the registry). */
export const MAX_CERTIFICATE_CHARS = 65_536;

/** What the console shows of a certificate before it is uploaded. */
export interface CertificateDetails {
  subject: string;
  commonName: string | null;
  issuer: string;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
  isCA: boolean;
}

export type InspectionProblem = 'too_large' | 'private_key' | 'multiple_certificates' | 'malformed' | 'expired';

export type Inspection =
  | { ok: true; certificate: CertificateDetails }
  | { ok: false; problem: InspectionProblem; reason: string };

/** Who a stored certificate names, read from its content on the server. */
export interface CertificateSubject {
  subject: string;
  commonName: string | null;
  issuer: string;
  fingerprint256: string;
}
