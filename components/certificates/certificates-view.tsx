'use client';

import { useQuery } from '@tanstack/react-query';
import { Search, Upload } from 'lucide-react';
import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { certificatesOptions, certificateSubjectsOptions } from '@/lib/queries/certificates';
import { CertificateOutcomes } from '@/components/project-certificates/certificate-outcomes';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { CERTIFICATE_LIMIT, ORG_CERTIFICATE_CSV_COLUMNS, orgCertificateRows, searchCertificates, type OrgCertificateRow } from './certificate-rows';
import { DeleteCertificateDialog } from './delete-certificate-dialog';
import { OrgCertificatesTable } from './org-certificates-table';
import { RenameCertificateDialog } from './rename-certificate-dialog';
import { SelectionBar } from './selection-bar';
import { UploadCertificate } from './upload-certificate';
import { useOrgCertificateToggle } from './use-org-certificate-toggle';

export interface CertificatesCan {
  upload: boolean;
  rename: boolean;
  remove: boolean;
  activate: boolean;
  deactivate: boolean;
}

/** The organization's trusted CA certificates: upload (read on the server first), list, rename, delete, activate. */
export function CertificatesView({ can }: { can: CertificatesCan }) {
  const list = useQuery(certificatesOptions());
  const ids = (list.data ?? []).map((c) => c.id);
  const subjects = useQuery(certificateSubjectsOptions(ids));
  const [url, setUrl] = useUrlState(['q', 'selected', 'upload'] as const);
  const [renaming, setRenaming] = useState<OrgCertificateRow | null>(null);
  const [deleting, setDeleting] = useState<OrgCertificateRow | null>(null);
  const toggle = useOrgCertificateToggle();
  const selectable = can.activate || can.deactivate;

  const rows = orgCertificateRows(list.data ?? [], subjects.data?.data ?? {}, Math.floor(list.dataUpdatedAt / 1000));
  const shown = searchCertificates(rows, url.q);
  const selectedIds = new Set(url.selected.split(',').filter(Boolean));
  const chosen = rows.filter((r) => selectedIds.has(r.id));
  const select = (changed: string[], on: boolean) => {
    const next = new Set(selectedIds);
    for (const id of changed) if (on) next.add(id); else next.delete(id);
    setUrl({ selected: [...next].join(',') });
  };
  const run = async (activate: boolean) => {
    const result = await toggle.run(chosen, activate);
    setUrl({ selected: result.outcomes.filter((o) => o.kind === 'failed').map((o) => o.id).join(',') });
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title="Certificates"
        description="CA certificates the organization trusts for mutual TLS. A certificate active for the organization applies to every project."
        actions={can.upload && <Button onClick={() => setUrl({ upload: '1' })}><Upload className="size-4" aria-hidden /> Upload certificate</Button>}
      />
      {list.data && list.data.length >= CERTIFICATE_LIMIT && (
        <p role="status" className="bg-warning-bg text-warning-fg rounded-md px-3 py-2 text-sm">
          The organization has {list.data.length} certificates, the most the API allows. Delete one before uploading another.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <div className="relative max-w-sm flex-1">
          <Search className="text-muted-foreground absolute top-2.5 left-3 size-4" aria-hidden />
          <Input type="search" aria-label="Search certificates" placeholder="Search name or subject" className="pl-9" value={url.q} onChange={(e) => setUrl({ q: e.target.value })} />
        </div>
        <span className="text-muted-foreground text-sm">{shown.length} of {rows.length} certificates</span>
        <div className="ml-auto">
          <ExportCsvButton what="certificates" columns={ORG_CERTIFICATE_CSV_COLUMNS} rows={shown} disabled={shown.length === 0} />
        </div>
      </div>
      {selectable && chosen.length > 0 && (
        <SelectionBar chosen={chosen} can={can} pending={toggle.pending} onRun={(activate) => void run(activate)} onClear={() => setUrl({ selected: '' })} />
      )}
      {toggle.result && <CertificateOutcomes result={toggle.result} onClose={toggle.clear} />}
      {list.isPending ? (
        <TableSkeleton label="Loading certificates" />
      ) : list.isError ? (
        <ErrorState title="The certificates could not be loaded" message={describeError(list.error)} action={<Button variant="secondary" onClick={() => void list.refetch()}>Try again</Button>} />
      ) : shown.length === 0 ? (
        <EmptyState title={rows.length === 0 ? 'The organization has no certificates yet' : `No certificates match “${url.q}”`}>
          {rows.length === 0 ? (can.upload ? 'Upload a CA certificate to trust it for mutual TLS.' : 'An admin can upload one.') : 'Try another word.'}
        </EmptyState>
      ) : (
        <OrgCertificatesTable rows={shown} selected={selectable ? selectedIds : null} onSelect={select} onRename={can.rename ? setRenaming : null} onDelete={can.remove ? setDeleting : null} />
      )}
      {can.upload && (
        <Dialog open={url.upload === '1'} onClose={() => setUrl({ upload: '' })} title="Upload a CA certificate" description="The console reads it on its server and shows what it says before anything is sent to OpenAI." size="wide">
          {url.upload === '1' && <UploadCertificate count={rows.length} onDone={() => setUrl({ upload: '' })} />}
        </Dialog>
      )}
      {renaming && <RenameCertificateDialog certificate={renaming} onClose={() => setRenaming(null)} />}
      <DeleteCertificateDialog certificate={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
