import 'server-only';

/*
 * What each kind of project does with the API: which endpoints, how much, with which models, at
 * which hours. Rates are requests per day for an API key of average weight at the reference size
 * (growth 1, early 2026); the stream scales them by growth, weekday, noise and spikes.
 */

/** Model (or size, source, level) → relative weight. */
export type Mix = readonly (readonly [string, number])[];

export type Rhythm = 'office' | 'always' | 'night';

export interface CompletionsPlan {
  rate: number;
  models: Mix;
  /** Shares of the Batch API and of the non-default service tiers. */
  tiers?: { batch?: number; flex?: number; priority?: number };
  /** Input and output tokens per request; shares of input that hit the cache, write it, are images. */
  input: number;
  output: number;
  cached: number;
  cacheWrite?: number;
  image?: number;
  /** Audio tokens per request for models that hear and speak (gpt-4o here). */
  audio?: { input: number; output: number };
}

export interface Persona {
  /** Hours to add to UTC for the team's local time. */
  tz: number;
  rhythm: Rhythm;
  weekend: number;
  completions?: CompletionsPlan;
  embeddings?: { rate: number; models: Mix; tokens: number };
  moderations?: { rate: number; models: Mix; tokens: number };
  images?: { rate: number; models: Mix; perRequest: number };
  audioSpeeches?: { rate: number; models: Mix; characters: number };
  audioTranscriptions?: { rate: number; models: Mix; seconds: number };
  webSearch?: { rate: number; models: Mix; levels: Mix; calls: number };
  /** File search over the project's vector stores, which hold about `gib` GiB each. */
  fileSearch?: { rate: number; stores: number; gib: number };
  codeInterpreter?: { rate: number };
}

const omni: Mix = [['omni-moderation-latest', 1]];
const small: Mix = [['text-embedding-3-small', 1]];

export const PERSONAS = {
  support: {
    tz: -5, rhythm: 'office', weekend: 0.55,
    completions: {
      rate: 3000, input: 2400, output: 380, cached: 0.45, cacheWrite: 0.04,
      models: [['gpt-4.1-mini', 5], ['gpt-5-mini', 4], ['gpt-4o-mini', 2], ['gpt-4.1-nano', 1]],
      tiers: { flex: 0.05, priority: 0.08 },
    },
    moderations: { rate: 2500, models: omni, tokens: 180 },
    embeddings: { rate: 400, models: small, tokens: 350 },
    fileSearch: { rate: 900, stores: 2, gib: 3.5 },
  },
  vision: {
    tz: 1, rhythm: 'always', weekend: 0.8,
    completions: {
      rate: 1600, input: 1400, output: 220, cached: 0.15, image: 0.55,
      models: [['gpt-4.1', 3], ['gpt-4o', 2], ['gpt-5', 2]],
      tiers: { batch: 0.25 },
    },
    images: { rate: 60, models: [['gpt-image-1', 2], ['dall-e-3', 1]], perRequest: 1.3 },
  },
  retrieval: {
    tz: -5, rhythm: 'office', weekend: 0.3,
    completions: {
      rate: 1800, input: 6500, output: 520, cached: 0.55,
      models: [['gpt-4.1', 3], ['gpt-5-mini', 3], ['gpt-4o', 1]],
    },
    embeddings: { rate: 2200, models: [['text-embedding-3-large', 3], ['text-embedding-3-small', 2]], tokens: 900 },
    fileSearch: { rate: 1500, stores: 3, gib: 12 },
    webSearch: { rate: 120, models: [['gpt-4.1', 1]], levels: [['medium', 3], ['low', 1]], calls: 1.4 },
  },
  pipeline: {
    tz: 0, rhythm: 'night', weekend: 0.9,
    completions: {
      rate: 2600, input: 1800, output: 600, cached: 0.2,
      models: [['gpt-4.1-mini', 4], ['gpt-4.1-nano', 3], ['gpt-5-mini', 2]],
      tiers: { batch: 0.6, flex: 0.15 },
    },
    embeddings: { rate: 1200, models: small, tokens: 700 },
    codeInterpreter: { rate: 40 },
  },
  voice: {
    tz: 9, rhythm: 'office', weekend: 0.4,
    completions: {
      rate: 900, input: 900, output: 240, cached: 0.3, audio: { input: 600, output: 450 },
      models: [['gpt-4o', 3], ['gpt-4o-mini', 2], ['gpt-4.1-mini', 1]],
    },
    audioSpeeches: { rate: 1400, models: [['gpt-4o-mini-tts', 3], ['tts-1', 2], ['tts-1-hd', 1]], characters: 260 },
    audioTranscriptions: { rate: 1500, models: [['gpt-4o-transcribe', 3], ['whisper-1', 2]], seconds: 14 },
  },
  copilot: {
    tz: -8, rhythm: 'office', weekend: 0.25,
    completions: {
      rate: 2200, input: 9000, output: 1400, cached: 0.7, cacheWrite: 0.05,
      models: [['gpt-5', 4], ['o4-mini', 2], ['o3', 1], ['gpt-4.1', 2]],
      tiers: { priority: 0.15 },
    },
    webSearch: { rate: 300, models: [['gpt-5', 2], ['gpt-4.1', 1]], levels: [['medium', 2], ['high', 1], ['low', 1]], calls: 1.6 },
    codeInterpreter: { rate: 180 },
    fileSearch: { rate: 200, stores: 1, gib: 0.8 },
  },
  content: {
    tz: -5, rhythm: 'office', weekend: 0.3,
    completions: {
      rate: 1200, input: 1600, output: 900, cached: 0.2,
      models: [['gpt-5', 2], ['gpt-4.1', 2], ['gpt-4o', 1]],
    },
    images: { rate: 150, models: [['gpt-image-1', 3], ['dall-e-3', 2], ['dall-e-2', 1]], perRequest: 1.6 },
    webSearch: { rate: 80, models: [['gpt-4.1', 1]], levels: [['low', 2], ['medium', 1]], calls: 1.2 },
    moderations: { rate: 300, models: omni, tokens: 400 },
  },
  legal: {
    tz: 0, rhythm: 'office', weekend: 0.2,
    completions: {
      rate: 700, input: 14000, output: 1800, cached: 0.35,
      models: [['gpt-5', 3], ['o3', 2], ['o3-pro', 0.3]],
    },
    embeddings: { rate: 500, models: [['text-embedding-3-large', 1]], tokens: 1200 },
    fileSearch: { rate: 600, stores: 2, gib: 6 },
    codeInterpreter: { rate: 25 },
  },
  general: {
    tz: -5, rhythm: 'office', weekend: 0.35,
    completions: {
      rate: 500, input: 1100, output: 300, cached: 0.25,
      models: [['gpt-4.1-mini', 3], ['gpt-5-mini', 2], ['gpt-4o-mini', 2], ['gpt-5', 1]],
    },
    embeddings: { rate: 100, models: small, tokens: 300 },
    moderations: { rate: 80, models: omni, tokens: 200 },
    images: { rate: 10, models: [['dall-e-3', 1]], perRequest: 1 },
    audioSpeeches: { rate: 20, models: [['tts-1', 1]], characters: 300 },
    audioTranscriptions: { rate: 25, models: [['whisper-1', 1]], seconds: 40 },
    webSearch: { rate: 20, models: [['gpt-5-mini', 1]], levels: [['medium', 1]], calls: 1.3 },
    codeInterpreter: { rate: 8 },
  },
  legacy: {
    tz: -5, rhythm: 'always', weekend: 0.7,
    completions: {
      rate: 1500, input: 700, output: 180, cached: 0.1,
      models: [['gpt-3.5-turbo', 3], ['gpt-4o-mini', 2]],
    },
    moderations: { rate: 1200, models: [['text-moderation-latest', 2], ['omni-moderation-latest', 1]], tokens: 120 },
  },
  hack: {
    tz: -5, rhythm: 'office', weekend: 1,
    completions: {
      rate: 400, input: 1500, output: 500, cached: 0.1,
      models: [['gpt-4o', 2], ['gpt-4o-mini', 3]],
    },
    images: { rate: 25, models: [['dall-e-3', 2], ['dall-e-2', 1]], perRequest: 1.5 },
    audioTranscriptions: { rate: 30, models: [['whisper-1', 1]], seconds: 25 },
  },
} satisfies Record<string, Persona>;

export type PersonaName = keyof typeof PERSONAS;

/** Activity by local hour of day, per rhythm. */
export const RHYTHMS: Record<Rhythm, readonly number[]> = {
  // prettier-ignore
  office: [0.08, 0.06, 0.05, 0.05, 0.06, 0.1, 0.22, 0.45, 0.8, 1.05, 1.15, 1.2, 1.05, 1.1, 1.2, 1.15, 1.05, 0.85, 0.6, 0.42, 0.32, 0.24, 0.16, 0.11],
  // prettier-ignore
  always: [0.7, 0.65, 0.62, 0.6, 0.62, 0.68, 0.8, 0.92, 1, 1.05, 1.08, 1.1, 1.08, 1.08, 1.1, 1.08, 1.05, 1.02, 0.98, 0.94, 0.9, 0.85, 0.8, 0.75],
  // prettier-ignore
  night: [1.4, 1.8, 2.1, 2.2, 2, 1.6, 0.9, 0.5, 0.45, 0.5, 0.55, 0.55, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.55, 0.6, 0.7, 0.9, 1.1],
};
