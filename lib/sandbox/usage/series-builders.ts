import 'server-only';
import { stableObjectId } from '../random';
import { actorMix, actorUses, type Actor } from './actors';
import type { ProjectContext } from './catalogue';
import { unit } from './hash';
import {
  codeInterpreterLineItems,
  completionLineItems,
  embeddingLineItems,
  fileSearchLineItems,
  imageLineItems,
  speechLineItems,
  transcriptionLineItems,
  vectorStorageLineItems,
  webSearchLineItems,
  type CompletionTier,
} from './line-items';
import { availableModels, type UsageModelKind } from './models';
import type { CompletionsPlan, Mix } from './personas';
import { GIB } from './prices';

/** The image sizes and sources each image model is used with, and how often. */
const IMAGE_USES: Record<string, readonly [size: string, source: string, weight: number][]> = {
  'gpt-image-1': [['1024x1024', 'image.generation', 5], ['1024x1792', 'image.generation', 2], ['1024x1024', 'image.edit', 3]],
  'dall-e-3': [['1024x1024', 'image.generation', 6], ['1024x1792', 'image.generation', 2], ['1792x1792', 'image.generation', 1]],
  'dall-e-2': [
    ['256x256', 'image.generation', 1], ['512x512', 'image.generation', 2], ['1024x1024', 'image.edit', 2],
    ['512x512', 'image.variation', 1], ['1024x1024', 'image.variation', 1],
  ],
};
const DEFAULT_IMAGE_USE: readonly [string, string, number][] = [['1024x1024', 'image.generation', 1]];

function completionTiers(plan: CompletionsPlan, actor: Actor): [CompletionTier, number][] {
  if (actor.kind !== 'key') return [['default', 1]];
  const { batch = 0, flex = 0, priority = 0 } = plan.tiers ?? {};
  const tiers: [CompletionTier, number][] = [['default', 1 - batch - flex - priority], ['batch', batch], ['flex', flex], ['priority', priority]];
  return tiers.filter(([, share]) => share > 0);
}

/** Tokens per request of each completions measure (see COMPLETION_MEASURES). */
function completionAmounts(plan: CompletionsPlan, audio: boolean): number[] {
  const image = plan.image ?? 0;
  const write = plan.cacheWrite ?? 0;
  const text = plan.input * (1 - image);
  const images = plan.input * image;
  return [
    1, text * (1 - plan.cached - write), audio ? (plan.audio?.input ?? 0) : 0, images * (1 - plan.cached / 2),
    text * plan.cached, (images * plan.cached) / 2, text * write, plan.output, audio ? (plan.audio?.output ?? 0) : 0,
  ];
}

/** Every series of one project, per its persona and actors. */
export function buildProjectSeries(ctx: ProjectContext): void {
  const { persona, project, scale } = ctx;
  const pid = project.id;
  /** Actors using endpoint `typeIndex`, with the rate each gets per unit of the plan's rate. */
  const users = (typeIndex: number) =>
    ctx.actors.filter((a, i) => actorUses(a, typeIndex, i === 0)).map((a) => [a, scale * a.weight] as const);
  const models = (kind: UsageModelKind, mix: Mix, actor: Actor, salt: number) =>
    actorMix(actor, salt, availableModels(kind, mix));
  const who = (a: Actor) => [pid, a.userId, a.keyId] as const;

  const plan = persona.completions;
  if (plan) {
    for (const [actor, weight] of users(0))
      for (const [model, share] of models('chat', plan.models, actor, 0))
        for (const [tier, tierShare] of completionTiers(plan, actor)) {
          const audio = plan.audio !== undefined && model === 'gpt-4o';
          const batch = tier === 'batch';
          ctx.add('completions', actor, [...who(actor), model, batch, batch ? 'default' : tier], model,
            plan.rate * weight * share * tierShare, completionAmounts(plan, audio), completionLineItems(model, tier, audio),
            batch ? { rhythm: ctx.night } : {});
        }
  }
  const tokenPlans = [['embeddings', persona.embeddings, 1, 'embedding'], ['moderations', persona.moderations, 2, 'moderation']] as const;
  for (const [type, tokens, index, kind] of tokenPlans) {
    if (!tokens) continue;
    for (const [actor, weight] of users(index))
      for (const [model, share] of models(kind, tokens.models, actor, index))
        ctx.add(type, actor, [...who(actor), model], model, tokens.rate * weight * share, [1, tokens.tokens],
          type === 'embeddings' ? embeddingLineItems(model) : []);
  }
  if (persona.images) {
    const images = persona.images;
    for (const [actor, weight] of users(3))
      for (const [model, share] of models('image', images.models, actor, 3)) {
        const uses = IMAGE_USES[model] ?? DEFAULT_IMAGE_USE;
        const total = uses.reduce((sum, [, , w]) => sum + w, 0);
        for (const [size, source, w] of uses)
          ctx.add('images', actor, [size, source, ...who(actor), model], model, (images.rate * weight * share * w) / total,
            [1, images.perRequest], imageLineItems(model, size));
      }
  }
  const audioPlans = [
    ['audio_speeches', persona.audioSpeeches && { ...persona.audioSpeeches, amount: persona.audioSpeeches.characters }, 4, 'speech'],
    ['audio_transcriptions', persona.audioTranscriptions && { ...persona.audioTranscriptions, amount: persona.audioTranscriptions.seconds }, 5, 'transcription'],
  ] as const;
  for (const [type, audio, index, kind] of audioPlans) {
    if (!audio) continue;
    for (const [actor, weight] of users(index))
      for (const [model, share] of models(kind, audio.models, actor, index))
        ctx.add(type, actor, [...who(actor), model], model, audio.rate * weight * share, [1, audio.amount],
          kind === 'speech' ? speechLineItems(model) : transcriptionLineItems(model));
  }
  if (persona.webSearch) {
    const web = persona.webSearch;
    for (const [actor, weight] of users(6))
      for (const [model, share] of models('chat', web.models, actor, 6))
        for (const [level, levelShare] of actorMix(actor, 60, web.levels))
          ctx.add('web_search_calls', actor, [...who(actor), model, level], model, web.rate * weight * share * levelShare,
            [1, web.calls], webSearchLineItems(level));
  }
  if (persona.fileSearch) {
    const files = persona.fileSearch;
    const stores = Array.from({ length: files.stores }, (_, i) => ({
      id: stableObjectId('vs_', `vector-store:${pid}:${i}`),
      from: project.createdAt + (3 + 11 * i) * 86_400,
      bytes: Math.round(files.gib * GIB * (0.5 + unit(ctx.seed, 40, i))),
    }));
    for (const store of stores) {
      ctx.add('vector_stores', null, [pid], null, store.bytes, [1], vectorStorageLineItems(), { from: store.from, key: store.id });
      for (const [actor, weight] of users(7))
        ctx.add('file_search_calls', actor, [...who(actor), store.id], null, (files.rate * weight) / stores.length,
          [1], fileSearchLineItems(), { from: store.from });
    }
  }
  if (persona.codeInterpreter)
    ctx.add('code_interpreter_sessions', null, [pid], null, persona.codeInterpreter.rate * scale * 2, [1],
      codeInterpreterLineItems());
}
