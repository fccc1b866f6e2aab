import 'server-only';
import { MODEL_CATALOGUE } from '../handlers/settings/models';
import type { Mix } from './personas';

/*
 * Which models the usage stream may name, and when. Models come from the sandbox's model
 * catalogue (handlers/settings/models.ts); a model only has usage after its release, and an older
 * model fades to a share of its volume once its successor is out.
 */

const DAY = 86_400;
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 1000 / DAY);

interface Lifecycle {
  /** First day (Unix day) with usage. */
  since: number;
  /** From this day on the model loses volume to its successor... */
  fadeFrom?: number;
  /** ...down to this share, reached 180 days later. */
  fadeTo?: number;
}

const life = (since: string, fade?: [string, number]): Lifecycle => ({
  since: day(since),
  ...(fade ? { fadeFrom: day(fade[0]), fadeTo: fade[1] } : {}),
});

const LIFECYCLES: Readonly<Record<string, Lifecycle>> = {
  'gpt-5': life('2025-08-07'),
  'gpt-5-mini': life('2025-08-07'),
  'gpt-4.1': life('2025-04-14', ['2025-08-07', 0.45]),
  'gpt-4.1-mini': life('2025-04-14', ['2025-08-07', 0.6]),
  'gpt-4.1-nano': life('2025-04-14'),
  'gpt-4o': life('2024-05-13', ['2025-04-14', 0.35]),
  'gpt-4o-mini': life('2024-07-18', ['2025-04-14', 0.4]),
  'gpt-3.5-turbo': life('2023-03-01', ['2024-07-18', 0.1]),
  o3: life('2025-04-16'),
  'o3-pro': life('2025-06-10'),
  'o4-mini': life('2025-04-16'),
  'o3-deep-research': life('2025-06-26'),
  'computer-use-preview': life('2025-03-11'),
  'text-embedding-3-small': life('2024-01-25'),
  'text-embedding-3-large': life('2024-01-25'),
  'text-embedding-ada-002': life('2022-12-15', ['2024-01-25', 0.3]),
  'gpt-image-1': life('2025-04-23'),
  'dall-e-3': life('2023-11-06', ['2025-04-23', 0.5]),
  'dall-e-2': life('2022-11-03', ['2023-11-06', 0.3]),
  'tts-1': life('2023-11-06'),
  'tts-1-hd': life('2023-11-06'),
  'gpt-4o-mini-tts': life('2025-03-20'),
  'whisper-1': life('2023-03-01', ['2025-03-20', 0.5]),
  'gpt-4o-transcribe': life('2025-03-20'),
  'omni-moderation-latest': life('2024-09-26'),
  'text-moderation-latest': life('2022-08-10', ['2024-09-26', 0.2]),
};

/** First day a model has usage (models unknown here: always). */
export function modelSince(model: string): number {
  return LIFECYCLES[model]?.since ?? 0;
}

/** The model's share of its usual volume on a day (1 until its successor arrives). */
export function modelShare(model: string | null, dayNumber: number): number {
  const lifecycle = model === null ? undefined : LIFECYCLES[model];
  if (!lifecycle?.fadeFrom || lifecycle.fadeTo === undefined || dayNumber <= lifecycle.fadeFrom)
    return 1;
  const progress = Math.min(1, (dayNumber - lifecycle.fadeFrom) / 180);
  return 1 - progress * (1 - lifecycle.fadeTo);
}

export type UsageModelKind = 'chat' | 'embedding' | 'image' | 'speech' | 'transcription' | 'moderation';

function kindOf(model: (typeof MODEL_CATALOGUE)[number]): UsageModelKind {
  if (model.kind === 'audio') return model.audio === 'transcription' ? 'transcription' : 'speech';
  return model.kind;
}

const BY_KIND = new Map<UsageModelKind, Set<string>>();
for (const model of MODEL_CATALOGUE) {
  const kind = kindOf(model);
  const set = BY_KIND.get(kind) ?? new Set<string>();
  set.add(model.id);
  BY_KIND.set(kind, set);
}

/**
 * The models of a persona's mix that the catalogue has for this kind; when none of them is
 * there (the catalogue changed), the catalogue's first model of the kind.
 */
export function availableModels(kind: UsageModelKind, mix: Mix): Mix {
  const known = BY_KIND.get(kind);
  const kept = mix.filter(([id]) => known?.has(id));
  if (kept.length > 0 || !known) return kept;
  const [first] = known;
  return first === undefined ? [] : [[first, mix[0]?.[1] ?? 1]];
}
