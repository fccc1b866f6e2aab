import { USAGE_TYPE_INFO } from '@/lib/insights/catalogue';
import { USAGE_TYPES, type UsageType } from '@/lib/insights/types';

/*
 * The usage types, their group-by fields, filters and measures in words. What each type can be
 * grouped and filtered by is the shared catalogue's (lib/insights/catalogue.ts, checked against
 * the registry there).
 */

export const USAGE_TYPE_LABELS: Record<UsageType, string> = {
  completions: 'Completions',
  embeddings: 'Embeddings',
  moderations: 'Moderations',
  images: 'Images',
  audio_speeches: 'Audio speeches (text to speech)',
  audio_transcriptions: 'Audio transcriptions',
  vector_stores: 'Vector stores (storage)',
  code_interpreter_sessions: 'Code interpreter sessions',
  file_search_calls: 'File search calls',
  web_search_calls: 'Web search calls',
};

export const GROUP_LABELS: Record<string, string> = {
  project_id: 'Project',
  user_id: 'User',
  api_key_id: 'API key',
  model: 'Model',
  batch: 'Batch',
  service_tier: 'Service tier',
  size: 'Image size',
  source: 'Image source',
  context_level: 'Search context',
  vector_store_id: 'Vector store',
  line_item: 'Line item',
};

/** What each type can be grouped by, in the order the controls show them (the shared catalogue's). */
export const USAGE_GROUPS: Record<UsageType, readonly string[]> = Object.fromEntries(
  USAGE_TYPES.map((type) => [type, USAGE_TYPE_INFO[type].groupBy]),
) as Record<UsageType, readonly string[]>;

/** The filters each type's endpoint accepts (the shared catalogue's). */
export const USAGE_FILTERS: Record<UsageType, readonly string[]> = Object.fromEntries(
  USAGE_TYPES.map((type) => [type, USAGE_TYPE_INFO[type].filters]),
) as Record<UsageType, readonly string[]>;

/** A filter of the API (its query name), the field it matches and its URL key on /usage. */
export interface FilterSpec {
  param: string;
  field: string;
  url: string;
  label: string;
  /** Values the API accepts, when it names them (the rest are ids or free text). */
  values?: readonly string[];
}

export const FILTERS: Record<string, FilterSpec> = {
  project_ids: { param: 'project_ids', field: 'project_id', url: 'project', label: 'Projects' },
  user_ids: { param: 'user_ids', field: 'user_id', url: 'user', label: 'Users' },
  api_key_ids: { param: 'api_key_ids', field: 'api_key_id', url: 'key', label: 'API keys' },
  models: { param: 'models', field: 'model', url: 'model', label: 'Models' },
  batch: { param: 'batch', field: 'batch', url: 'batch', label: 'Batch', values: ['true', 'false'] },
  sizes: { param: 'sizes', field: 'size', url: 'size', label: 'Image sizes', values: ['256x256', '512x512', '1024x1024', '1792x1792', '1024x1792'] },
  sources: { param: 'sources', field: 'source', url: 'source', label: 'Image sources', values: ['image.generation', 'image.edit', 'image.variation'] },
  context_levels: { param: 'context_levels', field: 'context_level', url: 'context', label: 'Search context', values: ['low', 'medium', 'high'] },
  vector_store_ids: { param: 'vector_store_ids', field: 'vector_store_id', url: 'store', label: 'Vector stores' },
};

export interface MeasureSpec {
  label: string;
  /** The unit in a sentence: "1,234 input tokens". */
  unit: string;
  kind?: 'bytes';
}

export const MEASURES: Record<string, MeasureSpec> = {
  input_tokens: { label: 'Input tokens', unit: 'input tokens' },
  input_cached_tokens: { label: 'Cached input tokens', unit: 'cached input tokens' },
  input_cache_write_tokens: { label: 'Cache write tokens', unit: 'cache write tokens' },
  input_uncached_tokens: { label: 'Uncached input tokens', unit: 'uncached input tokens' },
  output_tokens: { label: 'Output tokens', unit: 'output tokens' },
  input_text_tokens: { label: 'Input text tokens', unit: 'input text tokens' },
  output_text_tokens: { label: 'Output text tokens', unit: 'output text tokens' },
  input_cached_text_tokens: { label: 'Cached input text tokens', unit: 'cached input text tokens' },
  input_audio_tokens: { label: 'Input audio tokens', unit: 'input audio tokens' },
  input_cached_audio_tokens: { label: 'Cached input audio tokens', unit: 'cached input audio tokens' },
  output_audio_tokens: { label: 'Output audio tokens', unit: 'output audio tokens' },
  input_image_tokens: { label: 'Input image tokens', unit: 'input image tokens' },
  input_cached_image_tokens: { label: 'Cached input image tokens', unit: 'cached input image tokens' },
  output_image_tokens: { label: 'Output image tokens', unit: 'output image tokens' },
  num_model_requests: { label: 'Requests', unit: 'requests' },
  num_requests: { label: 'Calls', unit: 'calls' },
  images: { label: 'Images', unit: 'images' },
  characters: { label: 'Characters', unit: 'characters' },
  seconds: { label: 'Seconds of audio', unit: 'seconds' },
  usage_bytes: { label: 'Storage', unit: 'bytes', kind: 'bytes' },
  num_sessions: { label: 'Sessions', unit: 'sessions' },
  amount: { label: 'Cost', unit: '' },
};

/** A measure's spec; an unknown name reads as itself in words ("input_foo_tokens" → "Input foo tokens"). */
export function measureSpec(name: string): MeasureSpec {
  const known = MEASURES[name];
  if (known) return known;
  const words = name.replace(/^num_/, '').replace(/_/g, ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), unit: words };
}

export const usageTypeLabel = (type: UsageType) => USAGE_TYPE_LABELS[type];
export const groupLabel = (field: string) => GROUP_LABELS[field] ?? field;

/** Whether a measure of this type is a level (stored bytes) whose total is the latest bucket's, not a sum. */
export const isLevel = (type: string, measure: string) => (USAGE_TYPES as readonly string[]).includes(type) && USAGE_TYPE_INFO[type as UsageType].levels.includes(measure);

/** A measure's column header: "Input tokens", "Storage, latest"; in a CSV bytes say their unit. */
export function measureHeader(type: string, measure: string, { csv = false } = {}): string {
  const spec = measureSpec(measure);
  return `${spec.label}${isLevel(type, measure) ? ', latest' : ''}${csv && spec.kind === 'bytes' ? ' (bytes)' : ''}`;
}

/** A group field inside a sentence: "project", "API key" (acronyms keep their capitals). */
export function groupWords(field: string): string {
  const label = groupLabel(field);
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
