import 'server-only';
import type { UsageTypeName, UsageTypeSpec } from './types';

const ACTOR_DIMS = ['project_id', 'user_id', 'api_key_id', 'model'] as const;
const ACTOR_FILTERS = {
  project_ids: 'project_id',
  user_ids: 'user_id',
  api_key_ids: 'api_key_id',
  models: 'model',
} as const;

/** Completions' atomic measures; the result's totals are sums of them (see fields below). */
export const COMPLETION_MEASURES = [
  'num_model_requests',
  'input_text_tokens',
  'input_audio_tokens',
  'input_image_tokens',
  'input_cached_text_tokens',
  'input_cached_image_tokens',
  'input_cache_write_tokens',
  'output_text_tokens',
  'output_audio_tokens',
] as const;

/** Index of a completions measure in the engine's sums. */
export const C = Object.fromEntries(COMPLETION_MEASURES.map((name, i) => [name, i])) as Record<
  (typeof COMPLETION_MEASURES)[number],
  number
>;

const v = (sums: Float64Array, i: number) => sums[i] ?? 0;

/** A type whose results are its request count and one more measure. */
function requestsAnd(
  name: UsageTypeName,
  measure: string,
  extra: Partial<Pick<UsageTypeSpec, 'dims' | 'filters' | 'resultObject'>> = {},
): UsageTypeSpec {
  return {
    name,
    resultObject: `organization.usage.${name}.result`,
    kind: 'flow',
    dims: ACTOR_DIMS,
    filters: ACTOR_FILTERS,
    measures: ['num_model_requests', measure],
    fields: (s, at) => ({ [measure]: v(s, at + 1), num_model_requests: v(s, at) }),
    ...extra,
  };
}

export const USAGE_TYPES: Record<UsageTypeName, UsageTypeSpec> = {
  completions: {
    name: 'completions',
    resultObject: 'organization.usage.completions.result',
    kind: 'flow',
    dims: [...ACTOR_DIMS, 'batch', 'service_tier'],
    filters: { ...ACTOR_FILTERS, batch: 'batch' },
    measures: COMPLETION_MEASURES,
    fields: (s, at) => {
      const m = (i: number) => v(s, at + i);
      const uncached = m(C.input_text_tokens) + m(C.input_audio_tokens) + m(C.input_image_tokens);
      const cached = m(C.input_cached_text_tokens) + m(C.input_cached_image_tokens);
      const cacheWrite = m(C.input_cache_write_tokens);
      return {
        input_tokens: uncached + cached + cacheWrite,
        input_cached_tokens: cached,
        input_cache_write_tokens: cacheWrite,
        input_uncached_tokens: uncached,
        output_tokens: m(C.output_text_tokens) + m(C.output_audio_tokens),
        input_text_tokens: m(C.input_text_tokens),
        output_text_tokens: m(C.output_text_tokens),
        input_cached_text_tokens: m(C.input_cached_text_tokens),
        // Audio input is never served from the cache here, so this is also "including cached".
        input_audio_tokens: m(C.input_audio_tokens),
        input_cached_audio_tokens: 0,
        output_audio_tokens: m(C.output_audio_tokens),
        input_image_tokens: m(C.input_image_tokens),
        input_cached_image_tokens: m(C.input_cached_image_tokens),
        output_image_tokens: 0,
        num_model_requests: m(C.num_model_requests),
      };
    },
  },
  embeddings: requestsAnd('embeddings', 'input_tokens'),
  moderations: requestsAnd('moderations', 'input_tokens'),
  images: {
    ...requestsAnd('images', 'images'),
    dims: ['size', 'source', ...ACTOR_DIMS],
    filters: { ...ACTOR_FILTERS, sizes: 'size', sources: 'source' },
    fields: (s, at) => ({ images: v(s, at + 1), num_model_requests: v(s, at) }),
  },
  audio_speeches: requestsAnd('audio_speeches', 'characters'),
  audio_transcriptions: requestsAnd('audio_transcriptions', 'seconds'),
  vector_stores: {
    name: 'vector_stores',
    resultObject: 'organization.usage.vector_stores.result',
    kind: 'gauge',
    dims: ['project_id'],
    filters: { project_ids: 'project_id' },
    measures: ['usage_bytes'],
    fields: (s, at) => ({ usage_bytes: v(s, at) }),
  },
  code_interpreter_sessions: {
    name: 'code_interpreter_sessions',
    resultObject: 'organization.usage.code_interpreter_sessions.result',
    kind: 'flow',
    dims: ['project_id'],
    filters: { project_ids: 'project_id' },
    measures: ['num_sessions'],
    fields: (s, at) => ({ num_sessions: v(s, at) }),
  },
  file_search_calls: {
    name: 'file_search_calls',
    resultObject: 'organization.usage.file_searches.result',
    kind: 'flow',
    dims: ['project_id', 'user_id', 'api_key_id', 'vector_store_id'],
    filters: {
      project_ids: 'project_id',
      user_ids: 'user_id',
      api_key_ids: 'api_key_id',
      vector_store_ids: 'vector_store_id',
    },
    measures: ['num_requests'],
    fields: (s, at) => ({ num_requests: v(s, at) }),
  },
  web_search_calls: {
    ...requestsAnd('web_search_calls', 'num_requests', {
      resultObject: 'organization.usage.web_searches.result',
    }),
    dims: [...ACTOR_DIMS, 'context_level'],
    filters: { ...ACTOR_FILTERS, context_levels: 'context_level' },
    fields: (s, at) => ({ num_model_requests: v(s, at), num_requests: v(s, at + 1) }),
  },
};

/** Registry operation name → usage type. */
export const USAGE_OPERATIONS: Record<string, UsageTypeName> = {
  'usage.completions': 'completions',
  'usage.embeddings': 'embeddings',
  'usage.moderations': 'moderations',
  'usage.images': 'images',
  'usage.audioSpeeches': 'audio_speeches',
  'usage.audioTranscriptions': 'audio_transcriptions',
  'usage.vectorStores': 'vector_stores',
  'usage.codeInterpreterSessions': 'code_interpreter_sessions',
  'usage.fileSearchCalls': 'file_search_calls',
  'usage.webSearchCalls': 'web_search_calls',
};
