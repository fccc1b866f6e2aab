'use client';

import { useQuery } from '@tanstack/react-query';
import { fileSlug } from '@/lib/format/csv';
import { useProject } from '@/components/project/use-project';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { rateLimitsOptions } from '@/lib/queries/project-limits';
import { RateLimitDialog } from './rate-limit-dialog';
import { RATE_LIMIT_CSV_COLUMNS, searchRateLimits } from './rate-limit-edit';
import { RateLimitsTable } from './rate-limits-table';

export interface RateLimitsViewProps {
  projectId: string;
  /** The console role may update rate limits (operator and up). */
  canEdit: boolean;
}

/** The project's rate limits, one row per model; `edit` in the URL opens a model's editor. */
export function RateLimitsView({ projectId, canEdit }: RateLimitsViewProps) {
  const [url, setUrl] = useUrlState(['q', 'edit', 'page'] as const);
  const { project, archived } = useProject(projectId);
  const limits = useQuery(rateLimitsOptions(projectId));
  const all = limits.data ?? [];
  const shown = searchRateLimits(all, url.q);
  const onPage = useUrlPage(shown);
  const editable = canEdit && !archived;
  const editing = editable ? all.find((limit) => limit.id === url.edit) : undefined;

  return (
    <section aria-labelledby="rate-limits-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="rate-limits-title" className="text-lg font-semibold">Rate limits</h2>
        <p className="text-muted-foreground text-sm">
          How much this project may send to each model. A project can be given less than the organization, never more.
        </p>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Input
          type="search"
          aria-label="Search models"
          placeholder="Search by model"
          value={url.q}
          onChange={(e) => setUrl({ q: e.target.value, page: '' })}
          className="max-w-xs"
        />
        <div className="flex items-center gap-3">
          {limits.isSuccess && (
            <span className="text-muted-foreground text-sm tabular-nums">
              {shown.length === all.length ? `${all.length} models` : `${shown.length} of ${all.length} models`}
            </span>
          )}
          <ExportCsvButton
            what={`rate-limits-${fileSlug(project?.name ?? projectId, 'project')}`}
            columns={RATE_LIMIT_CSV_COLUMNS}
            rows={shown}
            disabled={shown.length === 0}
          />
        </div>
      </div>

      {limits.isPending ? (
        <TableSkeleton label="Loading rate limits" />
      ) : limits.isError ? (
        <QueryErrorState title="The rate limits could not be loaded" query={limits} />
      ) : shown.length === 0 ? (
        <EmptyState title={url.q.trim() ? `No models match “${url.q}”` : 'No rate limits'}>
          {url.q.trim() ? 'Try part of a model name, like “gpt-4o” or “whisper”.' : 'The API lists no model for this project.'}
        </EmptyState>
      ) : (
        <>
          <RateLimitsTable limits={onPage.items} onEdit={editable ? (limit) => setUrl({ edit: limit.id }) : undefined} />
          <PageNumberPager label="Rate limits pages" {...onPage.pager} />
        </>
      )}

      {editing && (
        <RateLimitDialog projectId={projectId} limit={editing} onClose={() => setUrl({ edit: '' })} />
      )}
    </section>
  );
}
