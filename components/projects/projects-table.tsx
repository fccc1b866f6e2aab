'use client';

import type { Project } from '@/lib/queries/projects';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import Link from 'next/link';

export interface ProjectsTableProps {
  projects: Project[];
  canEdit: boolean;
  onRename: (project: Project) => void;
  onArchive: (project: Project) => void;
}

export function ProjectsTable({ projects, canEdit, onRename, onArchive }: ProjectsTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <thead className="bg-muted/60 text-left text-xs tracking-wide text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">Name</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Status</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Created</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Archived</th>
            {canEdit && <th scope="col" className="px-4 py-2.5 text-right font-medium"><span className="sr-only">Actions</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {projects.map((project) => {
            const archived = project.status === 'archived';
            const name = project.name || 'Untitled project';
            return (
              <tr key={project.id} className="hover:bg-muted/40">
                <td className="px-4 py-2.5">
                  <Link href={`/projects/${encodeURIComponent(project.id)}`} className="font-medium hover:underline">
                    {name}
                  </Link>
                  <div className="font-mono text-xs text-muted-foreground">{project.id}</div>
                </td>
                <td className="px-4 py-2.5">
                  <Badge tone={archived ? 'neutral' : 'success'}>{archived ? 'Archived' : 'Active'}</Badge>
                </td>
                <td className="px-4 py-2.5" title={formatDateTime(project.created_at)}>
                  {formatDate(project.created_at)}
                  <div className="text-xs text-muted-foreground">{formatRelative(project.created_at)}</div>
                </td>
                <td className="px-4 py-2.5 text-muted-foreground" title={formatDateTime(project.archived_at)}>
                  {archived ? formatDate(project.archived_at) : '—'}
                </td>
                {canEdit && (
                  <td className="px-4 py-2.5 text-right">
                    {!archived && (
                      <div className="flex justify-end gap-1">
                        <Button size="sm" variant="ghost" onClick={() => onRename(project)} aria-label={`Rename ${name}`}>
                          Rename
                        </Button>
                        <Button size="sm" variant="ghost" className="text-danger" onClick={() => onArchive(project)} aria-label={`Archive ${name}`}>
                          Archive
                        </Button>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
