import 'server-only';
import { createHash } from 'node:crypto';
import type { BucketWidth } from '@/lib/insights/types';
import type { FilterValue, InsightQuery } from './query';

/*
 * What is asked upstream for a query, apart from its time range: the endpoint, the width, the
 * group_by fields and the filters, normalized (sorted) so that the same data always has the same
 * key, in the bucket store and in the coalescing of concurrent fetches.
 *
 * Grouping by API key without project: project_id is added upstream (a key belongs to one project,
 * so the rows are the same, only the unattributed ones split by project) and summed away again
 * here. It tells which project each key is in, so only those projects' keys are read for names.
 */

export interface UpstreamSpec {
  endpoint: string;
  width: BucketWidth;
  /** Sorted; what upstream groups by. */
  groupBy: string[];
  filters: Record<string, FilterValue>;
  /** The result fields the engine uses (group values and measures): all that is kept of a result. */
  fields: string[];
  /** sha256 of the normalized endpoint, group_by, filters and kept fields (and the store's format). */
  key: string;
}

/** Bumped when what the store keeps of a bucket changes: older rows are then simply not found. */
const STORE_FORMAT = 2;

export function upstreamSpec(query: InsightQuery): UpstreamSpec {
  const groups = new Set(query.groupBy);
  if (groups.has('api_key_id')) groups.add('project_id');
  const groupBy = [...groups].sort();
  const filters = Object.fromEntries(Object.entries(query.filters).sort(([a], [b]) => (a < b ? -1 : 1)));
  const fields = [...groupBy, ...query.info.measures];
  const normalized = JSON.stringify({ format: STORE_FORMAT, endpoint: query.type, groupBy, filters, fields });
  const key = createHash('sha256').update(normalized).digest('hex');
  return { endpoint: query.type, width: query.width, groupBy, filters, fields, key };
}

/** One query's buckets at one width, in memory (hot.ts) and in the background writes (store.ts). */
export const specSlot = (spec: Pick<UpstreamSpec, 'endpoint' | 'width' | 'key'>) =>
  `${spec.endpoint}:${spec.width}:${spec.key}`;
