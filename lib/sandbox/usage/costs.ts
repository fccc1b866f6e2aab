import 'server-only';
import type { Db } from '@/lib/server/db';
import { getCatalogue } from './catalogue';
import { costPlan } from './cost-days';
import { COSTS_LIMITS, pageWindow } from './page-query';
import { PRICE_UNITS_PER_USD } from './prices';
import { groupByOf } from './selection';
import type { UsagePage } from './usage-page';
import { MINUTES_PER_DAY } from './volume';

/*
 * Costs: each series' usage of a day times the price of each of its line items, summed by
 * project, line item and API key. The quantities are exactly what the usage endpoints report for
 * that day, so costs always match usage.
 */

export interface CostsResult {
  object: 'organization.costs.result';
  amount: { value: number; currency: 'usd' };
  line_item: string | null;
  project_id: string | null;
  api_key_id: string | null;
  quantity: number | null;
  quantity_unit: string | null;
}

type CostsGroup = Pick<CostsResult, 'line_item' | 'project_id' | 'api_key_id' | 'quantity_unit'>;

const idSet = (value: unknown) => (Array.isArray(value) ? new Set(value as unknown[]) : null);

export async function costsPage(db: Db, query: Record<string, unknown>, now: number): Promise<UsagePage<CostsResult>> {
  const window = pageWindow(query, now, () => COSTS_LIMITS);
  const plan = costPlan(await getCatalogue(db));
  const grouped = groupByOf(query);
  const projects = idSet(query.project_ids);
  const keys = idSet(query.api_key_ids);

  // The entries the filters keep, and the group each one adds to.
  const groupIndex = new Map<string, number>();
  const groups: CostsGroup[] = [];
  const selected: number[] = [];
  const groupOf: number[] = [];
  plan.entries.forEach(({ entry, projectId, keyId }, e) => {
    if ((projects && !projects.has(projectId)) || (keys && !keys.has(keyId))) return;
    const group: CostsGroup = {
      line_item: grouped.has('line_item') ? entry.name : null,
      project_id: grouped.has('project_id') ? projectId : null,
      api_key_id: grouped.has('api_key_id') ? keyId : null,
      quantity_unit: grouped.has('line_item') ? entry.unit : null,
    };
    const key = JSON.stringify(group);
    let index = groupIndex.get(key);
    if (index === undefined) groupIndex.set(key, (index = groups.push(group) - 1));
    selected.push(e);
    groupOf.push(index);
  });

  const nowMinute = Math.floor(now / 60);
  const data = window.starts.map((start) => {
    const amounts = new Float64Array(groups.length);
    const quantities = new Float64Array(groups.length);
    const day = Math.floor(start / 86_400);
    const cutoff = Math.min(MINUTES_PER_DAY, Math.max(0, nowMinute - day * MINUTES_PER_DAY));
    if (cutoff > 0) {
      const costs = plan.day(day, cutoff);
      for (let i = 0; i < selected.length; i++) {
        const e = selected[i] ?? 0;
        const g = groupOf[i] ?? 0;
        amounts[g] = (amounts[g] ?? 0) + (costs.amounts[e] ?? 0);
        quantities[g] = (quantities[g] ?? 0) + (costs.quantities[e] ?? 0);
      }
    }
    const results: CostsResult[] = [];
    groups.forEach((group, g) => {
      const units = amounts[g] ?? 0;
      if (units === 0) return;
      results.push({
        object: 'organization.costs.result',
        amount: { value: units / PRICE_UNITS_PER_USD, currency: 'usd' },
        line_item: group.line_item,
        project_id: group.project_id,
        api_key_id: group.api_key_id,
        quantity: group.line_item === null ? null : (quantities[g] ?? 0),
        quantity_unit: group.quantity_unit,
      });
    });
    return { object: 'bucket' as const, start_time: start, end_time: start + 86_400, results };
  });
  return { object: 'page', data, has_more: window.nextPage !== null, next_page: window.nextPage };
}
