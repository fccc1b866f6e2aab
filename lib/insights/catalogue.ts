import type { UsageType } from './types';

/*
 * What each usage type offers, for the engine and the pages alike (browser-safe): the registry
 * operation that reads it, its measures in display order, the measure that ranks series, the
 * fields it can be grouped by and the filters it takes (the Admin API's names). A Vitest checks
 * this table against the registry's schemas (lib/admin/operations.ts), which stay the authority.
 */

export interface UsageTypeInfo {
  /** The registry operation (`OPERATIONS_BY_NAME`). */
  operation: string;
  /** Measures in display order. */
  measures: readonly string[];
  /** Measures whose value is a level (stored bytes), not a flow: their totals are the latest bucket's. */
  levels: readonly string[];
  /** Measures summed to rank series for the top N. */
  rank: readonly string[];
  groupBy: readonly string[];
  filters: readonly string[];
}

const ACTOR_GROUPS = ['project_id', 'user_id', 'api_key_id', 'model'] as const;
const ACTOR_FILTERS = ['project_ids', 'user_ids', 'api_key_ids', 'models'] as const;

const requestsAnd = (operation: string, measure: string): UsageTypeInfo => ({
  operation,
  measures: [measure, 'num_model_requests'],
  levels: [],
  rank: [measure],
  groupBy: ACTOR_GROUPS,
  filters: ACTOR_FILTERS,
});

export const USAGE_TYPE_INFO: Record<UsageType, UsageTypeInfo> = {
  completions: {
    operation: 'usage.completions',
    measures: [
      'input_tokens',
      'input_cached_tokens',
      'output_tokens',
      'input_audio_tokens',
      'output_audio_tokens',
      'num_model_requests',
    ],
    levels: [],
    rank: ['input_tokens', 'output_tokens'],
    groupBy: [...ACTOR_GROUPS, 'batch', 'service_tier'],
    filters: [...ACTOR_FILTERS, 'batch'],
  },
  embeddings: { ...requestsAnd('usage.embeddings', 'input_tokens') },
  moderations: { ...requestsAnd('usage.moderations', 'input_tokens') },
  images: {
    ...requestsAnd('usage.images', 'images'),
    groupBy: [...ACTOR_GROUPS, 'size', 'source'],
    filters: [...ACTOR_FILTERS, 'sizes', 'sources'],
  },
  audio_speeches: requestsAnd('usage.audioSpeeches', 'characters'),
  audio_transcriptions: requestsAnd('usage.audioTranscriptions', 'seconds'),
  vector_stores: {
    operation: 'usage.vectorStores',
    measures: ['usage_bytes'],
    levels: ['usage_bytes'],
    rank: ['usage_bytes'],
    groupBy: ['project_id'],
    filters: ['project_ids'],
  },
  code_interpreter_sessions: {
    operation: 'usage.codeInterpreterSessions',
    measures: ['num_sessions'],
    levels: [],
    rank: ['num_sessions'],
    groupBy: ['project_id'],
    filters: ['project_ids'],
  },
  file_search_calls: {
    operation: 'usage.fileSearchCalls',
    measures: ['num_requests'],
    levels: [],
    rank: ['num_requests'],
    groupBy: ['project_id', 'user_id', 'api_key_id', 'vector_store_id'],
    filters: ['project_ids', 'user_ids', 'api_key_ids', 'vector_store_ids'],
  },
  web_search_calls: {
    ...requestsAnd('usage.webSearchCalls', 'num_requests'),
    groupBy: [...ACTOR_GROUPS, 'context_level'],
    filters: [...ACTOR_FILTERS, 'context_levels'],
  },
};

export const COSTS_INFO: UsageTypeInfo = {
  operation: 'usage.costs',
  measures: ['amount'],
  levels: [],
  rank: ['amount'],
  groupBy: ['project_id', 'line_item', 'api_key_id'],
  filters: ['project_ids', 'api_key_ids'],
};

/** Buckets one upstream page may hold, by width (usage); costs hold up to 180 daily buckets. */
export const MAX_BUCKETS_PER_PAGE = { '1m': 1440, '1h': 168, '1d': 31 } as const;
export const MAX_COST_DAYS_PER_PAGE = 180;

/** Most buckets one answer may hold (a week of minutes, ~27 years of days). */
export const MAX_BUCKETS_PER_ANSWER = 10_080;

/** Series an answer keeps by default and at most (the rest are summed into "other"). */
export const DEFAULT_TOP = 10;
export const MAX_TOP = 50;
