import 'server-only';

/*
 * The price table costs are computed from (list prices as published, USD). Amounts are kept in
 * integer PRICE_UNITS (1e-10 USD) so sums over projects, keys and line items are exact.
 */

export const PRICE_UNITS_PER_USD = 1e10;

/** USD per 1M tokens. `audioInput`/`audioOutput` for models that take or speak audio. */
export interface TokenPrice {
  input: number;
  cachedInput: number;
  output: number;
  audioInput?: number;
  audioOutput?: number;
}

export const TOKEN_PRICES: Readonly<Record<string, TokenPrice>> = {
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10, audioInput: 40, audioOutput: 80 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  'gpt-3.5-turbo': { input: 0.5, cachedInput: 0.5, output: 1.5 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  'o3-pro': { input: 20, cachedInput: 20, output: 80 },
  'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
  'o3-deep-research': { input: 10, cachedInput: 2.5, output: 40 },
  'computer-use-preview': { input: 3, cachedInput: 3, output: 12 },
  'text-embedding-3-small': { input: 0.02, cachedInput: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, cachedInput: 0.13, output: 0 },
  'text-embedding-ada-002': { input: 0.1, cachedInput: 0.1, output: 0 },
};

/** For a model the table does not know (a catalogue added later): priced like a mid-size model. */
export const FALLBACK_TOKEN_PRICE: TokenPrice = { input: 0.4, cachedInput: 0.1, output: 1.6 };

/** Token price multipliers of the Batch API and the service tiers. */
export const TIER_MULTIPLIER: Readonly<Record<string, number>> = {
  default: 1,
  batch: 0.5,
  flex: 0.5,
  priority: 2,
};

/** USD per image, by model and size. */
export const IMAGE_PRICES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'gpt-image-1': { '1024x1024': 0.042, '1024x1792': 0.063, '1792x1792': 0.08 },
  'dall-e-3': { '1024x1024': 0.04, '1024x1792': 0.08, '1792x1792': 0.08 },
  'dall-e-2': { '256x256': 0.016, '512x512': 0.018, '1024x1024': 0.02 },
};
export const FALLBACK_IMAGE_PRICE = 0.04;

/** Text to speech, USD per 1M characters. */
export const SPEECH_PER_MILLION_CHARACTERS: Readonly<Record<string, number>> = {
  'tts-1': 15,
  'tts-1-hd': 30,
  'gpt-4o-mini-tts': 12,
};

/** Speech to text, USD per second of audio. */
export const TRANSCRIPTION_PER_SECOND: Readonly<Record<string, number>> = {
  'whisper-1': 0.0001,
  'gpt-4o-transcribe': 0.0001,
  'gpt-4o-mini-transcribe': 0.00005,
};

/** Hosted tools, USD per call or session. */
export const WEB_SEARCH_PER_CALL: Readonly<Record<string, number>> = {
  low: 0.025,
  medium: 0.0275,
  high: 0.03,
};
export const FILE_SEARCH_PER_CALL = 0.0025;
export const CODE_INTERPRETER_PER_SESSION = 0.03;

/** Vector store storage, USD per GiB per day (the free first GiB is not modelled). */
export const VECTOR_STORAGE_PER_GIB_DAY = 0.1;
export const GIB = 1024 ** 3;

/** USD per unit → integer price units per unit. */
export const toPriceUnits = (usd: number) => Math.round(usd * PRICE_UNITS_PER_USD);

/** USD per 1M tokens → integer price units per token. */
export const perTokenUnits = (usdPerMillion: number) => toPriceUnits(usdPerMillion / 1e6);

/** A day of vector storage in price units (rounded once per store and day). */
export const storageDayUnits = (bytes: number) =>
  Math.round((bytes / GIB) * VECTOR_STORAGE_PER_GIB_DAY * PRICE_UNITS_PER_USD);
