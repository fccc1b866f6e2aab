'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { orgCertificatesOptions, projectCertificatesOptions, useToggleProjectCertificates } from '@/lib/queries/project-trust';
import { useProject } from '@/components/project/use-project';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { CertificateOutcomes } from './certificate-outcomes';
import { certificateRows } from './certificate-rows';
import { CERTIFICATE_CSV_COLUMNS } from './certificates-csv';
import { CertificatesTable } from './certificates-table';
import { CertificatesToolbar, type CertificateStateFilter } from './certificates-toolbar';
import { useCertificateToggle } from './use-certificate-toggle';

export interface ProjectCertificateCan {
  activate: boolean;
  deactivate: boolean;
}

const STATES: CertificateStateFilter[] = ['all', 'active', 'inactive'];

/** The organization's certificates and their state in this project; activate or deactivate several at once. */
export function ProjectCertificatesView({ projectId, can }: { projectId: string; can: ProjectCertificateCan }) {
  const { project, archived } = useProject(projectId);
  const projectCerts = useQuery(projectCertificatesOptions(projectId));
  const orgCerts = useQuery(orgCertificatesOptions());
  const [url, setUrl] = useUrlState(['q', 'state', 'selected'] as const);
  const [confirming, setConfirming] = useState(false);
  const toggle = useCertificateToggle(useToggleProjectCertificates(projectId));
  const may = { activate: can.activate && !archived, deactivate: can.deactivate && !archived };
  const selectable = may.activate || may.deactivate;

  const rows = certificateRows(orgCerts.data ?? [], projectCerts.data ?? [], Math.floor(projectCerts.dataUpdatedAt / 1000));
  const state = (STATES as string[]).includes(url.state) ? (url.state as CertificateStateFilter) : 'all';
  const needle = url.q.trim().toLowerCase();
  const searched = rows.filter((r) => !needle || r.name.toLowerCase().includes(needle) || r.id.toLowerCase().includes(needle));
  const counts = {
    all: searched.length,
    active: searched.filter((r) => r.projectActive).length,
    inactive: searched.filter((r) => !r.projectActive).length,
  };
  const shown = searched.filter((r) => state === 'all' || r.projectActive === (state === 'active'));
  const selectedIds = new Set(url.selected.split(',').filter(Boolean));
  const chosen = rows.filter((r) => selectedIds.has(r.id));
  const projectName = project?.name ?? 'this project';

  const select = (ids: string[], on: boolean) => {
    const next = new Set(selectedIds);
    for (const id of ids) if (on) next.add(id); else next.delete(id);
    setUrl({ selected: [...next].join(',') });
  };
  const run = async (activate: boolean) => {
    const result = await toggle.run(chosen, activate);
    setConfirming(false);
    // Keep the ones that failed selected, to try again.
    setUrl({ selected: result.outcomes.filter((o) => o.kind === 'failed').map((o) => o.id).join(',') });
  };

  return (
    <section aria-labelledby="project-certificates-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="project-certificates-heading" className="text-lg font-semibold">Certificates</h2>
        <p className="text-muted-foreground text-sm">
          Mutual TLS client certificates uploaded to the organization. A certificate active in {projectName} lets clients presenting it call the API for this project.
        </p>
      </div>
      <CertificatesToolbar state={state} counts={counts} search={url.q} onState={(s) => setUrl({ state: s === 'all' ? '' : s })} onSearch={(q) => setUrl({ q })}>
        <ExportCsvButton what="project-certificates" columns={CERTIFICATE_CSV_COLUMNS} rows={shown} disabled={shown.length === 0} />
      </CertificatesToolbar>
      {selectable && chosen.length > 0 && (
        <div role="toolbar" aria-label="Selected certificates" className="border-border bg-muted/40 flex flex-wrap items-center gap-2 rounded-lg border px-4 py-2">
          <span className="text-sm">{chosen.length} selected</span>
          {may.activate && (
            <Button size="sm" onClick={() => void run(true)} pending={toggle.pending}>
              Activate for project
            </Button>
          )}
          {may.deactivate && (
            <Button size="sm" variant="danger" onClick={() => setConfirming(true)} disabled={toggle.pending}>
              Deactivate for project
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={() => setUrl({ selected: '' })}>
            Clear selection
          </Button>
        </div>
      )}
      {toggle.result && <CertificateOutcomes result={toggle.result} onClose={toggle.clear} />}

      {projectCerts.isPending || orgCerts.isPending ? (
        <TableSkeleton label="Loading certificates" />
      ) : projectCerts.isError || orgCerts.isError ? (
        <QueryErrorState
          title="The certificates could not be loaded"
          query={{ error: projectCerts.error ?? orgCerts.error, refetch: () => Promise.all([projectCerts.refetch(), orgCerts.refetch()]), isRefetching: projectCerts.isRefetching || orgCerts.isRefetching }}
        />
      ) : shown.length === 0 ? (
        <EmptyState title={rows.length === 0 ? 'The organization has no certificates' : needle ? `No certificates match “${url.q}”` : `No certificates are ${state} here`}>
          {rows.length === 0 ? 'Upload one on the Certificates page, then activate it here.' : 'Try another word, or look under All.'}
        </EmptyState>
      ) : (
        <CertificatesTable rows={shown} selected={selectable ? selectedIds : null} onSelect={select} />
      )}

      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Deactivate ${chosen.length === 1 ? (chosen[0]?.name ?? 'certificate') : `${chosen.length} certificates`} for ${projectName}?`}
        consequence={
          <>
            Clients presenting {chosen.length === 1 ? 'this certificate' : 'these certificates'} can no longer call the API for {projectName} (unless active for the whole organization):{' '}
            {chosen.map((c) => c.name).join(', ')}. You can activate {chosen.length === 1 ? 'it' : 'them'} again later.
          </>
        }
        confirmLabel="Deactivate"
        pending={toggle.pending}
        onConfirm={() => void run(false)}
      />
    </section>
  );
}
