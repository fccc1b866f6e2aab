'use client';

import { useState } from 'react';
import { formatDate } from '@/lib/format/dates';

import { useArchiveProject } from '@/lib/queries/projects';
import { useProject } from '@/components/project/use-project';
import { Button } from '@/components/ui/button';
import { Card, Facts } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Badge, TableSkeleton } from '@/components/ui/states';
import { RenameProjectForm } from './rename-project-form';

export interface ProjectSettingsViewProps {
  projectId: string;
  /** From the registry, on the server: may the signed-in role rename / archive projects. */
  canRename: boolean;
  canArchive: boolean;
}

/** Rename and archive; an archived project shows its facts only (the header says it is read-only). */
export function ProjectSettingsView({ projectId, canRename, canArchive }: ProjectSettingsViewProps) {
  const { query, project, archived } = useProject(projectId);
  const [confirming, setConfirming] = useState(false);
  const archive = useArchiveProject();

  // The header shows the loading error; this tab only waits for it.
  if (!project) return query.isError ? null : <TableSkeleton rows={3} label="Loading project settings" />;
  const name = project.name || 'Untitled project';

  return (
    <div className="space-y-6">
      <Card title="Project">
        <Facts
          items={[
            { term: 'Name', value: name },
            { term: 'ID', value: <span className="font-mono text-xs">{project.id}</span> },
            { term: 'Status', value: <Badge tone={archived ? 'neutral' : 'success'}>{archived ? 'Archived' : 'Active'}</Badge> },
            { term: 'Created', value: formatDate(project.created_at) },
            ...(archived ? [{ term: 'Archived', value: formatDate(project.archived_at) }] : []),
          ]}
        />
      </Card>

      {!archived && canRename && (
        <Card title="Rename" description="The name changes everywhere at once; the project's id and keys stay the same.">
          <RenameProjectForm key={project.name} project={project} />
        </Card>
      )}

      {!archived && canArchive && (
        <Card title="Archive" description="For a project nobody uses any more.">
          <div className="flex flex-wrap items-center justify-between gap-4">
            <p className="max-w-xl text-sm">
              Archiving stops every API key of <strong>{name}</strong> at once and makes the project read-only. The Admin API cannot restore it.
            </p>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Archive project
            </Button>
          </div>
        </Card>
      )}

      {!archived && !canRename && !canArchive && (
        <p className="text-muted-foreground text-sm">Renaming and archiving need the operator or admin console role.</p>
      )}

      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Archive ${name}?`}
        consequence={
          <>
            <strong>{name}</strong> becomes read-only: its API keys stop working at once, and its members, keys, limits and settings can no longer be changed. This cannot be
            undone through the API.
          </>
        }
        confirmLabel="Archive project"
        mutation={archive}
        onConfirm={() => archive.mutate({ id: project.id }, { onSuccess: () => setConfirming(false) })}
      />
    </div>
  );
}
