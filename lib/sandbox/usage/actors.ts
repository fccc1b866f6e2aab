import 'server-only';
import type { AttributedProject } from './attribution';
import { hashString, unit } from './hash';

/**
 * Who calls the API in a project: each API key (its owner is the user, or nobody for a service
 * account's key), a few members in the Playground (a user, no key), and some unattributed traffic
 * (neither). A project without keys is used by its members directly. Each actor's weight comes
 * from its own id only, so adding a key never changes anyone else's history.
 */

export type ActorKind = 'key' | 'member' | 'playground' | 'unattributed';

export interface Actor {
  kind: ActorKind;
  userId: string | null;
  keyId: string | null;
  /** Unix seconds from which it can have usage. */
  from: number;
  weight: number;
  seed: number;
}

/** Enough keys and members per project for a believable picture (the large preset has more). */
const MAX_KEYS = 8;
const MAX_DIRECT_MEMBERS = 6;
const PLAYGROUND_MEMBERS = 2;

export function actorsOf(project: AttributedProject): Actor[] {
  const actor = (
    kind: ActorKind,
    userId: string | null,
    keyId: string | null,
    from: number,
    weight: (u: number) => number,
  ): Actor => {
    const seed = hashString(`${project.id}|${kind}|${userId ?? ''}|${keyId ?? ''}`);
    return { kind, userId, keyId, from: Math.max(from, project.createdAt), weight: weight(unit(seed, 1)), seed };
  };
  const keys = project.keys.slice(0, MAX_KEYS);
  if (keys.length === 0) {
    return [
      ...project.members
        .slice(0, MAX_DIRECT_MEMBERS)
        .map((m) => actor('member', m.userId, null, m.addedAt, (u) => 0.4 + 0.8 * u)),
      actor('unattributed', null, null, project.createdAt, (u) => 0.2 + 0.2 * u),
    ];
  }
  return [
    // A service account's key carries production traffic; a person's key less.
    ...keys.map((k) =>
      actor('key', k.userId, k.id, k.createdAt, (u) => (k.userId ? 0.3 + 0.9 * u : 1.2 + 2 * u)),
    ),
    ...project.members
      .slice(0, PLAYGROUND_MEMBERS)
      .map((m) => actor('playground', m.userId, null, m.addedAt, (u) => 0.03 + 0.05 * u)),
    actor('unattributed', null, null, project.createdAt, (u) => 0.05 + 0.1 * u),
  ];
}

/** Which endpoints an actor uses: the Playground only chats; others most of what the project does. */
export function actorUses(actor: Actor, typeIndex: number, first: boolean): boolean {
  switch (actor.kind) {
    case 'playground':
      return typeIndex === 0;
    case 'unattributed':
      return typeIndex <= 2;
    default:
      return first || typeIndex === 0 || unit(actor.seed, 7, typeIndex) < 0.75;
  }
}

/**
 * The subset of a mix an actor uses, with its own shares (summing to 1): the main choice always,
 * the others most of the time.
 */
export function actorMix(
  actor: Actor,
  salt: number,
  mix: readonly (readonly [string, number])[],
): [string, number][] {
  const total = mix.reduce((sum, [, w]) => sum + w, 0);
  let pick = unit(actor.seed, 11, salt) * total;
  const found = mix.findIndex(([, w]) => (pick -= w) < 0);
  const main = found === -1 ? mix.length - 1 : found;
  const kept = mix
    .map(([name, w], i): [string, number] => [name, w * (0.5 + unit(actor.seed, 13 + i, salt))])
    .filter((_, i) => i === main || unit(actor.seed, 12 + i, salt) < 0.7);
  const sum = kept.reduce((s, [, w]) => s + w, 0);
  return kept.map(([name, w]) => [name, w / sum]);
}
