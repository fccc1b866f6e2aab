import 'server-only';

/**
 * The models the sandbox organization can use, with the organization's rate limits for each
 * (what every project gets until someone lowers them). Data only: the settings family builds
 * project rate limits from it and the usage family draws its models from it.
 */

export type ModelKind = 'chat' | 'embedding' | 'image' | 'audio' | 'moderation';

/** The limit fields of a project rate limit (`project.rate_limit`). */
export interface ModelLimits {
  max_requests_per_1_minute: number;
  max_tokens_per_1_minute: number;
  /** Only for image models. */
  max_images_per_1_minute?: number;
  /** Only for transcription models. */
  max_audio_megabytes_per_1_minute?: number;
  /** Only for models capped per day (previews). */
  max_requests_per_1_day?: number;
  /** Only for models the Batch API serves. */
  batch_1_day_max_input_tokens?: number;
}

export interface CatalogueModel {
  id: string;
  kind: ModelKind;
  /** For audio models: text to speech, or speech to text. */
  audio?: 'speech' | 'transcription';
  /** The organization's ceiling for the model, and every project's default. */
  limits: ModelLimits;
}

const M = 1_000_000;
const B = 1_000_000_000;

/** Requests and tokens per minute: the two limits every model has. */
const perMinute = (rpm: number, tpm: number) => ({
  max_requests_per_1_minute: rpm,
  max_tokens_per_1_minute: tpm,
});

const chat = (id: string, rpm: number, tpm: number, batchTokens: number): CatalogueModel => ({
  id,
  kind: 'chat',
  limits: { ...perMinute(rpm, tpm), batch_1_day_max_input_tokens: batchTokens },
});

/** Previews capped per day, without Batch API access. */
const preview = (id: string, rpm: number, tpm: number, perDay: number): CatalogueModel => ({
  id,
  kind: 'chat',
  limits: { ...perMinute(rpm, tpm), max_requests_per_1_day: perDay },
});

const embedding = (id: string): CatalogueModel => ({
  id,
  kind: 'embedding',
  limits: { ...perMinute(10_000, 10 * M), batch_1_day_max_input_tokens: 4 * B },
});

const image = (id: string, rpm: number, tpm: number, images: number): CatalogueModel => ({
  id,
  kind: 'image',
  limits: { ...perMinute(rpm, tpm), max_images_per_1_minute: images },
});

const speech = (id: string, tpm: number): CatalogueModel => ({
  id,
  kind: 'audio',
  audio: 'speech',
  limits: perMinute(10_000, tpm),
});

const transcription = (id: string, tpm: number): CatalogueModel => ({
  id,
  kind: 'audio',
  audio: 'transcription',
  limits: { ...perMinute(10_000, tpm), max_audio_megabytes_per_1_minute: 500 },
});

const moderation = (id: string, rpm: number, tpm: number): CatalogueModel => ({
  id,
  kind: 'moderation',
  limits: perMinute(rpm, tpm),
});

/** In the order project rate limit lists show them. */
export const MODEL_CATALOGUE: readonly CatalogueModel[] = [
  chat('gpt-5', 15_000, 40 * M, 15 * B),
  chat('gpt-5-mini', 30_000, 180 * M, 15 * B),
  chat('gpt-4.1', 10_000, 30 * M, 15 * B),
  chat('gpt-4.1-mini', 30_000, 150 * M, 15 * B),
  chat('gpt-4.1-nano', 30_000, 150 * M, 15 * B),
  chat('gpt-4o', 10_000, 30 * M, 5 * B),
  chat('gpt-4o-mini', 30_000, 150 * M, 15 * B),
  chat('gpt-3.5-turbo', 10_000, 50 * M, 10 * B),
  chat('o3', 10_000, 30 * M, 5 * B),
  chat('o3-pro', 10_000, 30 * M, 5 * B),
  chat('o4-mini', 30_000, 150 * M, 15 * B),
  preview('o3-deep-research', 10_000, 30 * M, 100_000),
  preview('computer-use-preview', 3_000, 20 * M, 45_000),
  embedding('text-embedding-3-small'),
  embedding('text-embedding-3-large'),
  embedding('text-embedding-ada-002'),
  image('gpt-image-1', 250, 8 * M, 250),
  image('dall-e-3', 10_000, 150_000, 10_000),
  image('dall-e-2', 10_000, 150_000, 10_000),
  speech('tts-1', 2 * M),
  speech('tts-1-hd', 2 * M),
  speech('gpt-4o-mini-tts', 8 * M),
  transcription('whisper-1', 10 * M),
  transcription('gpt-4o-transcribe', 8 * M),
  moderation('omni-moderation-latest', 5_000, 500_000),
  moderation('text-moderation-latest', 1_000, 150_000),
];
