'use client';

import { Upload } from 'lucide-react';
import { useId, useState, type DragEvent } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { inspectCertificate, type Inspection } from '@/lib/queries/certificates';
import { MAX_CERTIFICATE_CHARS } from '@/lib/certificates/inspection';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { InspectedCertificate } from './inspected-certificate';

const tooLarge = (size: number): Inspection => ({
  ok: false,
  problem: 'too_large',
  reason: `The file is ${size.toLocaleString('en-US')} bytes; the API takes at most ${MAX_CERTIFICATE_CHARS.toLocaleString('en-US')} characters.`,
});

/** Upload a CA certificate: a file (dropped or picked) or pasted PEM, read on the server first. */
export function UploadCertificate({ count, onDone }: { count: number; onDone: () => void }) {
  const fileId = useId();
  const [pem, setPem] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ pem: string; result: Inspection } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [dragging, setDragging] = useState(false);
  const atLimit = count >= 50;

  const check = async (text: string) => {
    setError(null);
    setChecked(null);
    if (text.length > MAX_CERTIFICATE_CHARS) return setChecked({ pem: text, result: tooLarge(text.length) });
    setPending(true);
    try {
      setChecked({ pem: text, result: await inspectCertificate(text) });
    } catch (err) {
      setError(describeError(err));
    } finally {
      setPending(false);
    }
  };
  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_CERTIFICATE_CHARS * 4) return setChecked({ pem: '', result: tooLarge(file.size) });
    const text = await file.text();
    setPem(text);
    await check(text);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void takeFile(e.dataTransfer.files[0]);
  };

  return (
    <div className="space-y-4">
      {atLimit && (
        <p role="alert" className="bg-warning-bg text-warning-fg rounded-md px-3 py-2 text-sm">
          The organization has {count} certificates: the API takes at most 50. Delete one before uploading another.
        </p>
      )}
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn('border-input flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm', dragging && 'border-primary bg-muted/40')}
      >
        <Upload className="text-muted-foreground size-6" aria-hidden />
        <p>
          Drop a PEM file here, or{' '}
          <label htmlFor={fileId} className="text-primary cursor-pointer font-medium underline">
            choose a certificate file
          </label>
        </p>
        <input id={fileId} type="file" accept=".pem,.crt,.cer,.txt,application/x-pem-file" className="sr-only" onChange={(e) => void takeFile(e.target.files?.[0])} />
        {fileName && <p className="text-muted-foreground text-xs">Read from {fileName}</p>}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="certificate-pem" className="block text-sm font-medium">
          Or paste the PEM
        </label>
        <textarea
          id="certificate-pem"
          value={pem}
          onChange={(e) => setPem(e.target.value)}
          rows={6}
          spellCheck={false}
          placeholder="-----BEGIN CERTIFICATE-----"
          className="border-input bg-card focus-visible:ring-ring w-full rounded-md border p-3 font-mono text-xs focus-visible:ring-2 focus-visible:outline-none"
        />
        <Button variant="secondary" onClick={() => void check(pem)} pending={pending} disabled={!pem.trim()}>
          Check certificate
        </Button>
      </div>
      {error && <p role="alert" className="text-danger text-sm">{error}</p>}
      {checked && !checked.result.ok && (
        <div role="alert" aria-label="Certificate refused" className="border-danger/40 bg-danger/10 rounded-md border px-3 py-2 text-sm">
          <p className="text-danger font-medium">This cannot be uploaded</p>
          <p>{checked.result.reason}</p>
        </div>
      )}
      {checked?.result.ok && (
        <InspectedCertificate
          key={checked.result.certificate.fingerprint256}
          certificate={checked.result.certificate}
          pem={checked.pem}
          suggestedName={checked.result.certificate.commonName ?? fileName ?? ''}
          atLimit={atLimit}
          onUploaded={onDone}
        />
      )}
    </div>
  );
}
