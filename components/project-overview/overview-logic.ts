import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';
import type { ProjectSpendAlert } from 'openai/resources/admin/organization/projects/spend-alerts';
import type { UsageCostsResponse } from 'openai/resources/admin/organization/usage';
import { formatMoney } from '@/lib/format/money';

/*
 * The arithmetic behind a project's overview: which days the figures cover (UTC, as the Costs
 * API buckets them), what was spent when, which keys are stale and which spend alert was crossed.
 */

const DAY = 86_400;
/** A key unused for this long (or never used and this old) is stale. */
export const STALE_AFTER_DAYS = 90;

export type CostBucket = UsageCostsResponse.Data;

export interface CostWindow {
  /** Unix seconds, UTC midnights. `start` is the earlier of `monthStart` and `thirtyStart`. */
  start: number;
  end: number;
  monthStart: number;
  thirtyStart: number;
  /** How many daily buckets the range holds (the request's `limit`). */
  days: number;
}

const utcMidnight = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 1000;

/** The days the overview covers: this calendar month so far and the last 30 days, today included. */
export function costWindow(now: Date): CostWindow {
  const today = utcMidnight(now);
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
  const thirtyStart = today - 29 * DAY;
  const start = Math.min(monthStart, thirtyStart);
  const end = today + DAY;
  return { start, end, monthStart, thirtyStart, days: (end - start) / DAY };
}

/** "gpt-4.1, cached input" → "gpt-4.1"; a line item without a model part stays whole. */
export function modelOfLineItem(lineItem: string | null | undefined): string {
  const text = (lineItem ?? '').trim();
  if (!text) return 'Other';
  const comma = text.indexOf(', ');
  return comma > 0 ? text.slice(0, comma) : text;
}

export interface ModelSpend {
  model: string;
  amount: number;
  /** Share of the period's spend, 0..1. */
  share: number;
  lineItems: { lineItem: string; amount: number }[];
}

export interface CostSummary {
  monthToDate: number;
  last30: number;
  /** One entry per day of the last 30 days, oldest first (days without costs are 0). */
  daily: { day: string; amount: number }[];
  /** Models by spend over the last 30 days, largest first. */
  models: ModelSpend[];
}

const bucketTotal = (bucket: CostBucket) =>
  bucket.results.reduce((sum, r) => sum + ('amount' in r && r.amount?.value ? r.amount.value : 0), 0);

/** The overview's figures from the daily buckets of `range` (grouped by line item). */
export function summarizeCosts(buckets: readonly CostBucket[], range: CostWindow): CostSummary {
  let monthToDate = 0;
  let last30 = 0;
  const byDay = new Map<number, number>();
  const byModel = new Map<string, Map<string, number>>();
  for (const bucket of buckets) {
    const total = bucketTotal(bucket);
    if (bucket.start_time >= range.monthStart && bucket.start_time < range.end) monthToDate += total;
    if (bucket.start_time < range.thirtyStart || bucket.start_time >= range.end) continue;
    last30 += total;
    byDay.set(bucket.start_time, (byDay.get(bucket.start_time) ?? 0) + total);
    for (const result of bucket.results) {
      if (!('amount' in result) || !result.amount?.value) continue;
      const lineItem = result.line_item ?? 'Other';
      const items = byModel.get(modelOfLineItem(lineItem)) ?? new Map<string, number>();
      items.set(lineItem, (items.get(lineItem) ?? 0) + result.amount.value);
      byModel.set(modelOfLineItem(lineItem), items);
    }
  }
  const daily = Array.from({ length: 30 }, (_, i) => {
    const start = range.thirtyStart + i * DAY;
    return { day: new Date(start * 1000).toISOString().slice(0, 10), amount: byDay.get(start) ?? 0 };
  });
  const models = [...byModel].map(([model, items]) => {
    const lineItems = [...items].map(([lineItem, amount]) => ({ lineItem, amount })).sort((a, b) => b.amount - a.amount);
    const amount = lineItems.reduce((sum, item) => sum + item.amount, 0);
    return { model, amount, share: last30 > 0 ? amount / last30 : 0, lineItems };
  });
  models.sort((a, b) => b.amount - a.amount);
  return { monthToDate, last30, daily, models };
}

/** Stale: last used 90+ days ago, or never used and created 90+ days ago. */
export function isStaleKey(key: Pick<ProjectAPIKey, 'created_at' | 'last_used_at'>, now: Date): boolean {
  const limit = now.getTime() / 1000 - STALE_AFTER_DAYS * DAY;
  return key.last_used_at ? key.last_used_at <= limit : key.created_at <= limit;
}

/** Whole days from `unixSeconds` to `now`. */
export function daysSince(unixSeconds: number, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() / 1000 - unixSeconds) / DAY));
}

/** "last used 177 days ago" or "never used, created 91 days ago": the figure the 90-day rule is about. */
export function describeKeyUse(key: Pick<ProjectAPIKey, 'created_at' | 'last_used_at'>, now: Date): string {
  const days = (n: number) => (n === 1 ? '1 day' : `${n.toLocaleString('en-US')} days`);
  return key.last_used_at
    ? `last used ${days(daysSince(key.last_used_at, now))} ago`
    : `never used, created ${days(daysSince(key.created_at, now))} ago`;
}

/** Stale keys, the longest unused first. */
export function staleKeys<K extends Pick<ProjectAPIKey, 'created_at' | 'last_used_at'>>(keys: readonly K[], now: Date): K[] {
  return keys.filter((key) => isStaleKey(key, now)).sort((a, b) => (a.last_used_at ?? a.created_at) - (b.last_used_at ?? b.created_at));
}

/** The highest spend alert this month's spend (in dollars) has reached, if any. Thresholds are in cents. */
export function crossedAlert<A extends Pick<ProjectSpendAlert, 'threshold_amount'>>(alerts: readonly A[], monthToDateDollars: number): A | null {
  const spentCents = Math.round(monthToDateDollars * 100);
  let crossed: A | null = null;
  for (const alert of alerts)
    if (alert.threshold_amount <= spentCents && (!crossed || alert.threshold_amount > crossed.threshold_amount)) crossed = alert;
  return crossed;
}

/** "$1,234.56"; amounts under a cent but above zero read "< $0.01". */
export const formatUsd = (dollars: number): string => formatMoney(dollars, 'usd');
