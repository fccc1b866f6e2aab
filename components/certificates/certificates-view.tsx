'use client';

import { useQuery } from '@tanstack/react-query';
import { Upload } from 'lucide-react';
import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { certificateProjectsOptions, certificatesOptions, certificateSubjectsOptions } from '@/lib/queries/certificates';
import { CertificateOutcomes } from '@/components/project-certificates/certificate-outcomes';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { ActiveProjectsError } from './active-projects-cell';
import { asProjectFilter, CERTIFICATE_LIMIT, filterByProjects, ORG_CERTIFICATE_CSV_COLUMNS, orgCertificateRows, searchCertificates, type OrgCertificateRow, type ProjectFilter } from './certificate-rows';
import { CertificatesToolbar } from './certificates-toolbar';
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
  // Where each certificate is active: read apart, so the list never waits for it.
  const projects = useQuery(certificateProjectsOptions());
  const [url, setUrl] = useUrlState(['q', 'projects', 'selected', 'upload'] as const);
  const [renaming, setRenaming] = useState<OrgCertificateRow | null>(null);
  const [deleting, setDeleting] = useState<OrgCertificateRow | null>(null);
  const toggle = useOrgCertificateToggle();
  const selectable = can.activate || can.deactivate;

  const rows = orgCertificateRows(list.data ?? [], subjects.data?.data ?? {}, Math.floor(list.dataUpdatedAt / 1000), projects.data?.data ?? null);
  const searched = searchCertificates(rows, url.q);
  const filter = asProjectFilter(url.projects);
  const shown = filterByProjects(searched, filter);
  const counts = projects.data ? { all: searched.length, active: filterByProjects(searched, 'active').length, none: filterByProjects(searched, 'none').length } : null;
  const waitingForProjects = filter !== 'all' && !projects.data;
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
      <CertificatesToolbar
        search={url.q}
        onSearch={(q) => setUrl({ q })}
        filter={filter}
        onFilter={(next: ProjectFilter) => setUrl({ projects: next === 'all' ? '' : next })}
        counts={counts}
        shown={shown.length}
        total={rows.length}
        projectsAsOf={projects.data?.as_of ?? null}
        projectsLoading={projects.isPending}
      >
        <ExportCsvButton what="certificates" columns={ORG_CERTIFICATE_CSV_COLUMNS} rows={shown} disabled={shown.length === 0 || waitingForProjects} />
      </CertificatesToolbar>
      {projects.isError && <ActiveProjectsError message={describeError(projects.error)} retrying={projects.isFetching} onRetry={() => void projects.refetch()} />}
      {selectable && chosen.length > 0 && (
        <SelectionBar chosen={chosen} can={can} pending={toggle.pending} onRun={(activate) => void run(activate)} onClear={() => setUrl({ selected: '' })} />
      )}
      {toggle.result && <CertificateOutcomes result={toggle.result} onClose={toggle.clear} />}
      {list.isPending || (waitingForProjects && !projects.isError) ? (
        <TableSkeleton label="Loading certificates" />
      ) : list.isError ? (
        <QueryErrorState title="The certificates could not be loaded" query={list} />
      ) : waitingForProjects ? (
        <EmptyState title="The list cannot be filtered by project yet" action={<Button variant="secondary" onClick={() => setUrl({ projects: '' })}>Show all certificates</Button>}>
          The projects where each certificate is active could not be loaded (see above).
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title={emptyText(rows.length, filter, url.q, can.upload).title}>{emptyText(rows.length, filter, url.q, can.upload).body}</EmptyState>
      ) : (
        <OrgCertificatesTable rows={shown} selected={selectable ? selectedIds : null} onSelect={select} projectsFailed={projects.isError} onRename={can.rename ? setRenaming : null} onDelete={can.remove ? setDeleting : null} />
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

function emptyText(total: number, filter: ProjectFilter, q: string, canUpload: boolean): { title: string; body: string } {
  if (total === 0)
    return { title: 'The organization has no certificates yet', body: canUpload ? 'Upload a CA certificate to trust it for mutual TLS.' : 'An admin can upload one.' };
  const matching = q ? ` matching “${q}”` : '';
  const body = q ? 'Try another word, or another filter.' : 'Choose “All” to see every certificate.';
  if (filter === 'active') return { title: `No certificate${matching} is active in a project`, body: q ? body : 'A project’s Certificates tab activates certificates for it.' };
  if (filter === 'none') return { title: `Every certificate${matching} is active in at least one project`, body };
  return { title: `No certificates match “${q}”`, body: 'Try another word.' };
}
