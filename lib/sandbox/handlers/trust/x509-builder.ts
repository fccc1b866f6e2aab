import 'server-only';
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import * as der from './der';

/** Who a certificate names: a common name, and optionally an organization and a country. */
export interface DistinguishedName {
  commonName: string;
  organization?: string;
  organizationalUnit?: string;
  country?: string;
}

export interface CertificateAuthority {
  name: DistinguishedName;
  privateKey: KeyObject;
}

export interface IssuedCertificate {
  /** The certificate in PEM. */
  pem: string;
  name: DistinguishedName;
  privateKey: KeyObject;
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
};

function encodeName(name: DistinguishedName): Buffer {
  const attribute = (oid: string, value: Buffer) =>
    der.set(der.sequence(der.objectIdentifier(oid), value));
  const parts: Buffer[] = [];
  if (name.country) parts.push(attribute(OID.country, der.printable(name.country)));
  if (name.organization) parts.push(attribute(OID.organization, der.utf8(name.organization)));
  if (name.organizationalUnit)
    parts.push(attribute(OID.organizationalUnit, der.utf8(name.organizationalUnit)));
  parts.push(attribute(OID.commonName, der.utf8(name.commonName)));
  return der.sequence(...parts);
}

function extensions(isAuthority: boolean): Buffer {
  const extension = (oid: string, critical: boolean, value: Buffer) =>
    der.sequence(der.objectIdentifier(oid), der.boolean(critical), der.octetString(value));
  const basicConstraints = isAuthority ? der.sequence(der.boolean(true)) : der.sequence();
  // keyUsage: keyCertSign + cRLSign for an authority, digitalSignature for a client.
  const keyUsage = isAuthority
    ? der.tlv(0x03, Buffer.from([1, 0x06]))
    : der.tlv(0x03, Buffer.from([7, 0x80]));
  return der.explicit(
    3,
    der.sequence(
      extension(OID.basicConstraints, true, basicConstraints),
      extension(OID.keyUsage, true, keyUsage),
    ),
  );
}

function toPem(body: Buffer): string {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * A real X.509 v3 certificate (ECDSA P-256, SHA-256) for `subject`, valid from `validFrom` to
 * `validTo` (Unix seconds), signed by `issuer` or self-signed. `authority` marks it as a CA.
 */
export function issueCertificate(options: {
  subject: DistinguishedName;
  validFrom: number;
  validTo: number;
  issuer?: CertificateAuthority;
  authority?: boolean;
}): IssuedCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const issuer = options.issuer ?? { name: options.subject, privateKey };
  const algorithm = der.sequence(der.objectIdentifier(OID.ecdsaWithSha256));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = der.sequence(
    der.explicit(0, der.integer(2)),
    der.integer(serial),
    algorithm,
    encodeName(issuer.name),
    der.sequence(der.time(options.validFrom), der.time(options.validTo)),
    encodeName(options.subject),
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions(options.authority ?? false),
  );
  const signature = sign('sha256', tbs, issuer.privateKey);
  const pem = toPem(der.sequence(tbs, algorithm, der.bitString(signature)));
  return { pem, name: options.subject, privateKey };
}

/** The private key of an issued certificate in PEM (for tests that must refuse one). */
export function privateKeyPem(certificate: IssuedCertificate): string {
  return certificate.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
