'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { EVENT_TYPE_GROUPS, eventTypeLabel } from '@/lib/audit/event-types';
import { splitList, type AuditFilters } from '@/lib/audit/query';
import { describeError } from '@/lib/queries/admin-fetch';
import { projectsListOptions } from '@/lib/queries/projects';
import { useLoadAll } from '@/lib/queries/use-load-all';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { CheckMenu, type CheckGroup } from './check-menu';
import { filterChange, hasFilters, NO_AUDIT_FILTERS, type AuditUrl } from './audit-url';

const typeGroups = (tenant: boolean): CheckGroup[] =>
  EVENT_TYPE_GROUPS.filter((group) => !!group.tenant === tenant).map((group) => ({
    label: group.label,
    options: group.types.map((type) => ({ value: type, label: eventTypeLabel(type), hint: type })),
  }));

/** A text filter that applies on Enter or when it loses focus (not on every key: each is a request). */
function ListInput({ label, value, placeholder, onApply }: { label: string; value: string[]; placeholder: string; onApply: (items: string[]) => void }) {
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState(value.join(', '));
  if (shown !== value.join(', ')) {
    setShown(value.join(', '));
    setText(value.join(', '));
  }
  const apply = () => splitList(text).join(',') !== value.join(',') && onApply(splitList(text));
  return (
    <div className="w-52">
    <Input
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={apply}
      onKeyDown={(event) => event.key === 'Enter' && apply()}
    />
    </div>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-muted-foreground flex items-center gap-1.5 text-sm">
      {label}
      {children}
    </label>
  );
}

/** Every filter the API offers: event types (grouped), actors, projects, resources and days. */
export function AuditFiltersBar({ filters, onChange }: { filters: AuditFilters; onChange: (changes: Partial<AuditUrl>) => void }) {
  // Every project is a choice, so the list is read whole, but only once the menu is opened: not on
  // every view of the log (ten reads for a thousand projects).
  const [projectsWanted, setProjectsWanted] = useState(false);
  const projectsQuery = useInfiniteQuery({ ...projectsListOptions(true), enabled: projectsWanted });
  const projects = useLoadAll(projectsQuery);
  const projectsStatus = projectsQuery.isError
    ? `The projects could not be loaded: ${describeError(projectsQuery.error)}`
    : projectsWanted && (projectsQuery.isPending || projectsQuery.hasNextPage)
      ? 'Loading projects…'
      : null;
  const projectGroups: CheckGroup[] = [
    { label: 'Active', options: projects.filter((p) => p.status !== 'archived').map((p) => ({ value: p.id, label: p.name ?? p.id, hint: p.id })) },
    { label: 'Archived', options: projects.filter((p) => p.status === 'archived').map((p) => ({ value: p.id, label: p.name ?? p.id, hint: p.id })) },
  ].filter((group) => group.options.length > 0);
  const set = (changes: Partial<AuditUrl>) => onChange(filterChange(changes));

  return (
    <div role="search" aria-label="Filter the audit log" className="mb-4 flex flex-wrap items-center gap-2">
      <select
        aria-label="Scope"
        value={filters.tenant ? 'tenant' : 'organization'}
        onChange={(event) => set({ tenant: event.target.value === 'tenant' ? '1' : '', type: '' })}
        className="border-input bg-card h-9 rounded-md border px-2 text-sm"
      >
        <option value="organization">Organization events</option>
        <option value="tenant">Tenant events</option>
      </select>
      <CheckMenu label="Event types" groups={typeGroups(filters.tenant)} selected={filters.types} onChange={(types) => set({ type: types.join(',') })} />
      <CheckMenu label="Projects" groups={projectGroups} selected={filters.projects} onChange={(ids) => set({ project: ids.join(',') })} onOpen={() => setProjectsWanted(true)} status={projectsStatus} />
      <ListInput label="Actors" value={filters.actors} placeholder="Actor emails or ids" onApply={(items) => set({ actor: items.join(',') })} />
      <ListInput label="Resource ids" value={filters.resources} placeholder="Resource ids" onApply={(items) => set({ resource: items.join(',') })} />
      <span className="flex items-center gap-1.5">
        <Labelled label="From">
          <span className="w-40">
            <Input type="date" aria-label="From day" value={filters.from} max={filters.to || undefined} onChange={(event) => set({ from: event.target.value })} />
          </span>
        </Labelled>
        <Labelled label="to">
          <span className="w-40">
            <Input type="date" aria-label="To day" value={filters.to} min={filters.from || undefined} onChange={(event) => set({ to: event.target.value })} />
          </span>
        </Labelled>
      </span>
      {hasFilters(filters) && (
        <Button variant="ghost" size="sm" onClick={() => set(NO_AUDIT_FILTERS)}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
