import 'server-only';
import OpenAI from 'openai';
import { SDK_METHOD } from '@/lib/server/usage/upstream';
import { openTestSandbox, type TestSandbox } from '../test-sandbox';
import type { UsageTypeName } from './types';

/** What the usage tests share: a seeded sandbox on a real server and the official SDK. */

export const DAY = 86_400;

export type Sandbox = TestSandbox;
export const openSandbox = openTestSandbox;

export type ResultJson = Record<string, unknown>;
export interface BucketJson {
  object: string;
  start_time: number;
  end_time: number;
  results: ResultJson[];
}
export interface PageJson {
  object: string;
  data: BucketJson[];
  has_more: boolean;
  next_page: string | null;
}
export type UsageQuery = { start_time: number } & Record<string, unknown>;

/** One usage (or costs) call through the SDK, typed loosely enough to take any type's query. */
export function usageCall(client: OpenAI, type: UsageTypeName | 'costs', query: UsageQuery): Promise<PageJson> {
  const usage = client.admin.organization.usage;
  const method = (type === 'costs' ? usage.costs : usage[SDK_METHOD[type]]).bind(usage) as unknown as (
    q: UsageQuery,
  ) => Promise<PageJson>;
  return method(query);
}

/** Numeric fields of a result (its measures), by name. */
export function measuresOf(result: ResultJson): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(result)) if (typeof value === 'number') out[key] = value;
  if (typeof result.amount === 'object' && result.amount !== null)
    out.amount = Number((result.amount as { value?: number }).value ?? 0);
  return out;
}

/** Every measure summed over the given buckets' results. */
export function totals(buckets: readonly BucketJson[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const bucket of buckets)
    for (const result of bucket.results)
      for (const [key, value] of Object.entries(measuresOf(result))) out[key] = (out[key] ?? 0) + value;
  return out;
}

/** Start of the UTC day `daysAgo` days before now. */
export const dayStart = (daysAgo: number, now = Date.now() / 1000) => (Math.floor(now / DAY) - daysAgo) * DAY;
