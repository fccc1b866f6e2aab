import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueCertificate } from '@/lib/sandbox/handlers/trust/x509-builder';
import { commonNameOf, inspectCertificatePem, MAX_CERTIFICATE_CHARS } from './inspect';

/** A throw-away key made now, so the repository holds no private key. */
const privateKeyPem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../e2e/fixtures', name), 'utf8');
const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400;
const issued = (from: number, to: number) =>
  issueCertificate({ subject: { commonName: 'unit.example.com', organization: 'Unit' }, validFrom: NOW / 1000 + from * DAY, validTo: NOW / 1000 + to * DAY, authority: true });

describe('inspectCertificatePem', () => {
  it('reads a valid certificate', () => {
    const result = inspectCertificatePem(issued(-1, 30).pem, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.certificate.commonName).toBe('unit.example.com');
    expect(result.certificate.issuer).toContain('CN=unit.example.com');
    expect(result.certificate.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(result.certificate.serialNumber).not.toBe('');
    expect(new Date(result.certificate.validTo).getTime()).toBeGreaterThan(NOW);
  });

  it('reads the e2e fixture CA', () => {
    const result = inspectCertificatePem(fixture('test-ca.pem'), NOW);
    expect(result.ok && result.certificate.commonName).toBe('E2E Test CA');
  });

  it('refuses a private key', () => {
    expect(inspectCertificatePem(privateKeyPem(), NOW)).toMatchObject({ ok: false, problem: 'private_key' });
    const both = `${issued(-1, 30).pem}\n${privateKeyPem()}`;
    expect(inspectCertificatePem(both, NOW)).toMatchObject({ ok: false, problem: 'private_key' });
  });

  it('refuses garbage and a damaged block', () => {
    expect(inspectCertificatePem('hello', NOW)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(inspectCertificatePem('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', NOW)).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('refuses two certificates', () => {
    const two = `${issued(-1, 30).pem}\n${issued(-2, 40).pem}`;
    expect(inspectCertificatePem(two, NOW)).toMatchObject({ ok: false, problem: 'multiple_certificates', reason: expect.stringContaining('2 certificates') });
  });

  it('refuses an expired certificate', () => {
    expect(inspectCertificatePem(issued(-30, -1).pem, NOW)).toMatchObject({ ok: false, problem: 'expired' });
    expect(inspectCertificatePem(fixture('expired-ca.pem'), NOW)).toMatchObject({ ok: false, problem: 'expired', reason: expect.stringContaining('2021-01-01') });
  });

  it('refuses one over the size limit', () => {
    expect(inspectCertificatePem('x'.repeat(MAX_CERTIFICATE_CHARS + 1), NOW)).toMatchObject({ ok: false, problem: 'too_large' });
  });

  it('finds the common name', () => {
    expect(commonNameOf('C=US\nO=Acme\nCN=acme.test')).toBe('acme.test');
    expect(commonNameOf('O=Acme')).toBeNull();
  });
});
