'use client';

import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useDeleteCertificate } from '@/lib/queries/certificates';
import { ConfirmDialog } from '@/components/ui/dialog';
import type { OrgCertificateRow } from './certificate-rows';

/** Deletes a certificate after naming it and what follows. */
export function DeleteCertificateDialog({ certificate, onClose }: { certificate: OrgCertificateRow | null; onClose: () => void }) {
  const remove = useDeleteCertificate();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <ConfirmDialog
      open={certificate !== null}
      onClose={close}
      title={`Delete “${certificate?.name ?? ''}”?`}
      consequence={
        <>
          The organization will no longer hold {certificate?.name ?? 'this certificate'}; clients presenting it lose mutual TLS access. The API deletes only a certificate that is inactive for the organization and every project: deactivate it first. This cannot be undone.
        </>
      }
      confirmLabel="Delete certificate"
      pending={remove.isPending}
      error={error}
      onConfirm={() => {
        if (!certificate) return;
        setError(null);
        remove.mutate({ id: certificate.id, name: certificate.name }, { onSuccess: close, onError: (err) => setError(describeError(err)) });
      }}
    />
  );
}
