'use client';

import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useUploadCertificate } from '@/lib/queries/certificates';
import type { CertificateDetails } from '@/lib/certificates/inspection';
import { Button } from '@/components/ui/button';
import { Facts } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/input';

export interface InspectedCertificateProps {
  certificate: CertificateDetails;
  pem: string;
  suggestedName: string;
  atLimit: boolean;
  onUploaded: () => void;
}

const dn = (name: string) => name.replaceAll('\n', ', ');

/** What the server read from the certificate, then a name and the upload itself. */
export function InspectedCertificate({ certificate, pem, suggestedName, atLimit, onUploaded }: InspectedCertificateProps) {
  const upload = useUploadCertificate();
  const [name, setName] = useState(suggestedName);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await upload.mutateAsync({ certificate: pem, name: name.trim() || undefined });
      onUploaded();
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <section aria-label="Certificate details" className="border-border space-y-4 rounded-lg border p-4">
      <p className="text-sm font-medium">The console read this certificate:</p>
      <Facts
        items={[
          { term: 'Subject', value: dn(certificate.subject) },
          { term: 'Issuer', value: dn(certificate.issuer) },
          { term: 'Serial number', value: <span className="font-mono text-xs">{certificate.serialNumber}</span> },
          { term: 'Valid from', value: new Date(certificate.validFrom).toUTCString() },
          { term: 'Valid until', value: new Date(certificate.validTo).toUTCString() },
          { term: 'SHA-256 fingerprint', value: <span className="font-mono text-xs break-all">{certificate.fingerprint256}</span> },
          { term: 'Certificate authority', value: certificate.isCA ? 'Yes' : 'No' },
        ]}
      />
      {atLimit && (
        <p role="alert" className="bg-warning-bg text-warning-fg rounded-md px-3 py-2 text-sm">
          The organization already has 50 certificates, the most the API allows. Delete one before uploading another.
        </p>
      )}
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="min-w-64 flex-1">
          <Field id="certificate-name" label="Name" error={error} hint="How the console and the API list it.">
            <Input id="certificate-name" value={name} maxLength={255} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} />
          </Field>
        </div>
        <Button type="submit" pending={upload.isPending} disabled={atLimit}>
          Upload certificate
        </Button>
      </form>
    </section>
  );
}
