import 'server-only';
import {
  CODE_INTERPRETER_PER_SESSION,
  FALLBACK_IMAGE_PRICE,
  FALLBACK_TOKEN_PRICE,
  FILE_SEARCH_PER_CALL,
  IMAGE_PRICES,
  perTokenUnits,
  SPEECH_PER_MILLION_CHARACTERS,
  TIER_MULTIPLIER,
  TOKEN_PRICES,
  toPriceUnits,
  TRANSCRIPTION_PER_SECOND,
  WEB_SEARCH_PER_CALL,
} from './prices';
import type { LineItemEntry } from './types';
import { C } from './usage-types';

/*
 * What each series is billed for: line items named like the costs endpoint's
 * (`<model>, <what>`; tools by name), each the sum of some of the series' measures times a price.
 */

export type CompletionTier = 'default' | 'batch' | 'flex' | 'priority';

const entry = (name: string, unit: string | null, measures: number[], price: number): LineItemEntry => ({
  name,
  unit,
  measures,
  price,
});

export function completionLineItems(model: string, tier: CompletionTier, audio: boolean): LineItemEntry[] {
  const prices = TOKEN_PRICES[model] ?? FALLBACK_TOKEN_PRICE;
  const multiplier = TIER_MULTIPLIER[tier] ?? 1;
  const label = (what: string) => `${model}, ${tier === 'default' ? '' : `${tier} `}${what}`;
  const price = (usdPerMillion: number) => perTokenUnits(usdPerMillion * multiplier);
  const items = [
    // Writing to the cache is billed as ordinary input.
    entry(label('input'), 'tokens', [C.input_text_tokens, C.input_image_tokens, C.input_cache_write_tokens], price(prices.input)),
    entry(label('cached input'), 'tokens', [C.input_cached_text_tokens, C.input_cached_image_tokens], price(prices.cachedInput)),
    entry(label('output'), 'tokens', [C.output_text_tokens], price(prices.output)),
  ];
  if (audio && prices.audioInput !== undefined && prices.audioOutput !== undefined) {
    items.push(entry(label('audio input'), 'tokens', [C.input_audio_tokens], price(prices.audioInput)));
    items.push(entry(label('audio output'), 'tokens', [C.output_audio_tokens], price(prices.audioOutput)));
  }
  return items;
}

/** Embeddings: input tokens at the model's price. Moderations are free and have none. */
export const embeddingLineItems = (model: string): LineItemEntry[] => [
  entry(`${model}, input`, 'tokens', [1], perTokenUnits((TOKEN_PRICES[model] ?? FALLBACK_TOKEN_PRICE).input)),
];

export const imageLineItems = (model: string, size: string): LineItemEntry[] => [
  entry(`${model}, ${size} images`, 'images', [1], toPriceUnits(IMAGE_PRICES[model]?.[size] ?? FALLBACK_IMAGE_PRICE)),
];

export const speechLineItems = (model: string): LineItemEntry[] => [
  entry(`${model}, characters`, 'characters', [1], toPriceUnits((SPEECH_PER_MILLION_CHARACTERS[model] ?? 15) / 1e6)),
];

export const transcriptionLineItems = (model: string): LineItemEntry[] => [
  entry(`${model}, transcription`, 'duration_seconds', [1], toPriceUnits(TRANSCRIPTION_PER_SECOND[model] ?? 0.0001)),
];

/** Web search calls (measure 1; measure 0 counts the model requests that made them). */
export const webSearchLineItems = (level: string): LineItemEntry[] => [
  entry(`web search tool calls, ${level} context`, null, [1], toPriceUnits(WEB_SEARCH_PER_CALL[level] ?? 0.025)),
];

export const fileSearchLineItems = (): LineItemEntry[] => [
  entry('file search tool calls', null, [0], toPriceUnits(FILE_SEARCH_PER_CALL)),
];

export const codeInterpreterLineItems = (): LineItemEntry[] => [
  entry('code interpreter sessions', null, [0], toPriceUnits(CODE_INTERPRETER_PER_SESSION)),
];

/** Storage is priced per stored byte and day (see storageDayUnits), not per unit of a measure. */
export const VECTOR_STORAGE_LINE_ITEM = 'vector store storage';
export const vectorStorageLineItems = (): LineItemEntry[] => [
  entry(VECTOR_STORAGE_LINE_ITEM, 'gibibyte_hours', [0], 0),
];
