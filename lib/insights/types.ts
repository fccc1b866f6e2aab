/*
 * The contract between the usage engine (lib/server/usage, behind app/api/insights/*) and the
 * pages (/usage, /costs, the overview's cards). Browser-safe: types and constants only.
 *
 * GET /api/insights/usage?type=completions&start=<unix s>&end=<unix s>&width=1d
 *     &group_by=project_id&group_by=model&<filter>=<id>&<filter>=<id>...&top=10
 *   Filters use the Admin API's names: project_ids, user_ids, api_key_ids, models, batch, sources,
 *   sizes, context_levels, vector_store_ids (each as repeated keys). `top`: series kept by size,
 *   the rest summed into one series with key "other" (default 10, max 50).
 * GET /api/insights/costs?start=<unix s>&end=<unix s>&group_by=project_id|line_item|api_key_id
 *     &project_ids=...&api_key_ids=...&top=10
 *   Costs are daily (width is always 1d).
 * Bad input answers 400 `{ error: { code, message, param } }`; upstream failures as the admin
 * proxy tells them (429 with retry_after_seconds, 502 with the upstream request id...).
 */

export const USAGE_TYPES = [
  'completions',
  'embeddings',
  'moderations',
  'images',
  'audio_speeches',
  'audio_transcriptions',
  'vector_stores',
  'code_interpreter_sessions',
  'file_search_calls',
  'web_search_calls',
] as const;
export type UsageType = (typeof USAGE_TYPES)[number];

export const BUCKET_WIDTHS = ['1m', '1h', '1d'] as const;
export type BucketWidth = (typeof BUCKET_WIDTHS)[number];

export const COST_GROUPS = ['project_id', 'line_item', 'api_key_id'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

/** A measure's value per bucket or total, by measure name (input_tokens, num_model_requests, ...). */
export type Measures = Record<string, number>;

export interface InsightSeries {
  /** Stable key: the group values joined with "|" ("proj_1|gpt-4o"), "all" when not grouped, "other". */
  key: string;
  /** In words, with names: "Fleet Telemetry · gpt-4o", "deleted key …abc", "Unattributed". */
  label: string;
  /** The group's raw values by group_by field (empty for "all" and "other"). */
  group: Record<string, string | null>;
  /** Some id of the group no longer names anything (a deleted key, a departed user). */
  gone?: boolean;
  totals: Measures;
}

export interface InsightBucket {
  start: number;
  end: number;
  /** Measures of each series in this bucket, by series key (series absent when zero). */
  values: Record<string, Measures>;
}

export interface InsightAnswer {
  kind: 'usage' | 'costs';
  type: UsageType | 'costs';
  width: BucketWidth;
  start: number;
  end: number;
  group_by: string[];
  /** The measures this type has, in display order; for costs: ["amount"]. */
  measures: string[];
  /** Costs: the currency of amounts (lowercase ISO code as the API gives it, e.g. "usd"). */
  currency?: string;
  /** Largest first; "other" last when present. */
  series: InsightSeries[];
  buckets: InsightBucket[];
  /**
   * Totals over every series and bucket (equal to the sum of the buckets). A level measure
   * (vector stores' usage_bytes, see `levels` in catalogue.ts) totals as its latest bucket instead,
   * here and in each series' totals: stored bytes do not add up over time.
   */
  totals: Measures;
  /** How the answer was made: upstream requests sent for it and buckets served from the store. */
  source: { upstream_requests: number; cached_buckets: number; fetched_buckets: number };
  /** When the newest data was read from upstream (unix s); open buckets are refreshed after a while. */
  as_of: number;
}
