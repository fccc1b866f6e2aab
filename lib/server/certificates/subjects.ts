import 'server-only';
import type OpenAI from 'openai';
import { X509Certificate } from 'node:crypto';
import type { CertificateSubject } from '@/lib/certificates/inspection';
import { commonNameOf } from './inspect';

// A certificate's content never changes under its id: read each one once per server process.
const known = new Map<string, CertificateSubject | null>();

function readSubject(content: string | undefined): CertificateSubject | null {
  if (!content) return null;
  try {
    const x509 = new X509Certificate(content);
    return { subject: x509.subject, commonName: commonNameOf(x509.subject), issuer: x509.issuer, fingerprint256: x509.fingerprint256 };
  } catch {
    return null;
  }
}

/** The subjects of the organization's certificates, by id (null when the content could not be read). */
export async function certificateSubjects(client: OpenAI, ids: readonly string[]): Promise<Record<string, CertificateSubject | null>> {
  const wanted = [...new Set(ids)].slice(0, 200);
  const missing = wanted.filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += 8) {
    await Promise.all(
      missing.slice(i, i + 8).map(async (id) => {
        const certificate = await client.admin.organization.certificates.retrieve(id, { include: ['content'] });
        known.set(id, readSubject(certificate.certificate_details?.content));
      }),
    );
  }
  return Object.fromEntries(wanted.map((id) => [id, known.get(id) ?? null]));
}
