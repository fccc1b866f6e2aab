'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UsageType } from '@/lib/insights/types';
import { describeError } from '@/lib/queries/admin-fetch';
import { usageOptions } from '@/lib/queries/insights';
import { projectsListOptions } from '@/lib/queries/projects';
import { useLoadAll } from '@/lib/queries/use-load-all';
import type { TimeRange } from '@/components/charts/time-range';
import { FILTERS, USAGE_FILTERS } from './usage-catalog';
import { FilterMenu, type FilterOption } from './filter-menu';
import { filterValueOptions, seenValueSearch, truncatedOptionsNote } from './usage-filter-options';
import type { UsageState, UsageUrl } from './usage-url';

/** The projects of the organization, active first, archived after. */
export function ProjectFilter({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const query = useInfiniteQuery(projectsListOptions(true));
  const projects = useLoadAll(query);
  const options: FilterOption[] = [...projects]
    .sort((a, b) => Number(a.status === 'archived') - Number(b.status === 'archived') || (a.name ?? '').localeCompare(b.name ?? ''))
    .map((p) => ({ value: p.id, label: p.name || p.id, hint: p.id, group: p.status === 'archived' ? 'Archived' : 'Active' }));
  return <FilterMenu label="Projects" selected={selected} onChange={onChange} options={query.isPending ? null : options} error={query.isError ? describeError(query.error) : null} />;
}

/** Users, keys, models or vector stores that have usage of this type in the range, read when the menu first opens. */
function SeenFilter({ state, range, param, selected, onChange }: { state: UsageState; range: TimeRange; param: string; selected: string[]; onChange: (values: string[]) => void }) {
  const [opened, setOpened] = useState(false);
  const spec = FILTERS[param];
  const query = useQuery(usageOptions(seenValueSearch(state, range, param), { enabled: opened }));
  if (!spec) return null;
  const answer = query.data && !query.isPlaceholderData ? query.data : null;
  const options = answer ? filterValueOptions(answer, spec.field) : null;
  return (
    <FilterMenu
      label={spec.label}
      selected={selected}
      onChange={onChange}
      options={options}
      error={query.isError ? describeError(query.error) : null}
      onOpen={() => setOpened(true)}
      empty={`No ${spec.label.toLowerCase()} have ${state.type.replace(/_/g, ' ')} usage in this range.`}
      // Only the most used are listed: say so when there were more, and take any id typed.
      note={truncatedOptionsNote(answer)}
      allowTyped
    />
  );
}

/** Every filter the type's endpoint offers; values go to the URL (comma-separated). */
export function UsageFilters({ state, range, onChange }: { state: UsageState; range: TimeRange | null; onChange: (changes: Partial<UsageUrl>) => void }) {
  const set = (param: string, values: string[]) => {
    const spec = FILTERS[param];
    if (spec) onChange({ [spec.url]: values.join(','), hide: '' });
  };
  return (
    <>
      {USAGE_FILTERS[state.type].map((param) => {
        const spec = FILTERS[param];
        const selected = state.filters[param] ?? [];
        if (!spec) return null;
        if (param === 'project_ids') return <ProjectFilter key={param} selected={selected} onChange={(ids) => set(param, ids)} />;
        if (spec.values)
          return <FilterMenu key={param} label={spec.label} selected={selected} onChange={(values) => set(param, values)} options={filterValueOptions(null, spec.field, spec.values)} />;
        if (!range) return null;
        return <SeenFilter key={`${state.type}:${param}`} state={state} range={range} param={param} selected={selected} onChange={(values) => set(param, values)} />;
      })}
    </>
  );
}

export const usageTypeHasFilters = (type: UsageType) => USAGE_FILTERS[type].length > 0;
