'use client';

import { useQuery } from '@tanstack/react-query';
import { Archive } from 'lucide-react';
import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';
import { describeError } from '@/lib/queries/admin-fetch';
import { projectOptions } from '@/lib/queries/projects';
import { Badge, ErrorState, Skeleton } from '@/components/ui/states';

/** The project's name and state above its tabs; an archived project says it is read-only. */
export function ProjectHeader({ projectId }: { projectId: string }) {
  const project = useQuery(projectOptions(projectId));
  if (project.isPending) return <Skeleton className="mb-6 h-14 w-80" />;
  if (project.isError)
    return (
      <div className="mb-6">
        <ErrorState
          title="This project could not be loaded"
          message={describeError(project.error)}
          action={
            <Link className="text-sm underline" href="/projects">
              Back to projects
            </Link>
          }
        />
      </div>
    );
  const { data } = project;
  const archived = data.status === 'archived';
  return (
    <div className="mb-4 space-y-3">
      <div>
        <Link href="/projects" className="text-sm text-muted-foreground hover:text-foreground">
          Projects
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{data.name || 'Untitled project'}</h1>
          <Badge tone={archived ? 'neutral' : 'success'}>{archived ? 'Archived' : 'Active'}</Badge>
        </div>
        <p className="font-mono text-xs text-muted-foreground">
          {data.id} · created {formatDate(data.created_at)}
        </p>
      </div>
      {archived && (
        <div role="status" className="flex items-center gap-2 rounded-md border border-border bg-muted/60 px-4 py-2.5 text-sm">
          <Archive className="size-4" aria-hidden />
          Archived {formatDate(data.archived_at)}: this project is read-only. Its keys no longer work and nothing in it can be changed.
        </div>
      )}
    </div>
  );
}
