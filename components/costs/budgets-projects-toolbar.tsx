'use client';

import { Input } from '@/components/ui/input';
import { SegmentedFilter } from '@/components/ui/segmented-filter';
import {
  BUDGET_FILTERS,
  BUDGET_SORTS,
  type BudgetFilter,
  type BudgetSort,
  type BudgetView,
} from './budgets-projects-rows';

export interface BudgetsProjectsToolbarProps {
  view: BudgetView;
  /** Rows per filter over what is read so far (search and archived applied). */
  counts: Record<BudgetFilter, number>;
  /** Only the keys that change (a missing key keeps its value). */
  onChange: (changes: {
    q?: string;
    filter?: BudgetFilter;
    sort?: BudgetSort;
    archived?: 'hide' | '';
  }) => void;
}

/** Search, the budget filter with counts, sort and "hide archived": all in the URL. */
export function BudgetsProjectsToolbar({ view, counts, onChange }: BudgetsProjectsToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="w-56">
        <Input
          type="search"
          aria-label="Search projects"
          placeholder="Search projects"
          value={view.search}
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </div>
      <SegmentedFilter
        label="Budget"
        className="flex-wrap"
        options={(Object.keys(BUDGET_FILTERS) as BudgetFilter[]).map((filter) => ({ value: filter, label: BUDGET_FILTERS[filter], count: counts[filter] }))}
        value={view.filter}
        onChange={(filter) => onChange({ filter })}
      />
      <label className="flex items-center gap-2 text-sm">
        <span className="text-muted-foreground">Sort</span>
        <select
          aria-label="Sort projects"
          value={view.sort}
          onChange={(e) => onChange({ sort: e.target.value as BudgetSort })}
          className="border-input bg-card h-9 rounded-md border px-2 text-sm"
        >
          {(Object.keys(BUDGET_SORTS) as BudgetSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {BUDGET_SORTS[sort]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={view.hideArchived}
          onChange={(e) => onChange({ archived: e.target.checked ? 'hide' : '' })}
        />
        Hide archived
      </label>
    </div>
  );
}
