import Link from 'next/link';
import type { ProjectRef } from '@/lib/queries/certificates';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/states';

/** How many project names a cell shows before "+N more". */
export const SHOWN_PROJECTS = 3;

/**
 * The projects where a certificate is active, each a link to its certificates tab. A skeleton
 * while they load (they are read apart from the list); "Not loaded" when reading them failed (the
 * view says why above the table).
 */
export function ActiveProjectsCell({ projects, failed }: { projects: readonly ProjectRef[] | null; failed: boolean }) {
  if (projects === null)
    return failed ? <span className="text-muted-foreground text-xs">Not loaded</span> : <Skeleton className="h-4 w-28" />;
  if (projects.length === 0)
    return (
      <span className="text-muted-foreground" title="Not active in any project">
        —
      </span>
    );
  const more = projects.length - SHOWN_PROJECTS;
  const everyName = projects.map((p) => p.name).join(', ');
  return (
    <ul className="w-48 space-y-0.5">
      {projects.slice(0, SHOWN_PROJECTS).map((project) => (
        <li key={project.id} className="truncate">
          <Link href={`/projects/${encodeURIComponent(project.id)}/certificates`} title={project.name} className="hover:underline">
            {project.name}
          </Link>
        </li>
      ))}
      {more > 0 && (
        <li className="text-muted-foreground text-xs" title={everyName}>
          +{more} more
        </li>
      )}
    </ul>
  );
}

/** Said once above the table when the project activations could not be read; the list stays usable. */
export function ActiveProjectsError({ message, retrying, onRetry }: { message: string; retrying: boolean; onRetry: () => void }) {
  return (
    <div role="alert" aria-label="Project activations not loaded" className="border-danger/40 bg-danger/5 flex flex-wrap items-center gap-3 rounded-md border px-3 py-2 text-sm">
      <p className="min-w-0 flex-1">
        <span className="text-danger font-medium">The projects where each certificate is active could not be loaded.</span> {message}
      </p>
      <Button size="sm" variant="secondary" pending={retrying} onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
