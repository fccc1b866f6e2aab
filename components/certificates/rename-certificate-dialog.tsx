'use client';

import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useRenameCertificate } from '@/lib/queries/certificates';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import type { OrgCertificateRow } from './certificate-rows';

/** Renames a certificate (the only thing the API lets change). */
export function RenameCertificateDialog({ certificate, onClose }: { certificate: OrgCertificateRow; onClose: () => void }) {
  const rename = useRenameCertificate();
  const [name, setName] = useState(certificate.name);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the certificate a name.');
    setError(null);
    try {
      await rename.mutateAsync({ id: certificate.id, name: trimmed });
      onClose();
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Rename “${certificate.name}”`}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="rename-certificate" pending={rename.isPending}>
            Save name
          </Button>
        </>
      }
    >
      <form
        id="rename-certificate"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field id="rename-certificate-name" label="Name" error={error}>
          <Input id="rename-certificate-name" value={name} maxLength={255} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} autoFocus />
        </Field>
      </form>
    </Dialog>
  );
}
