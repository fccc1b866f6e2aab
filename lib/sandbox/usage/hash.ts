import 'server-only';

/*
 * Integer hashing for the usage stream. Only 32-bit integer operations, so the same inputs give
 * the same numbers on every machine and every run: the whole usage history is a pure function
 * of these hashes and the organization's objects.
 */

/** murmur3's finalizer: a fast, well-spread 32-bit mix. */
export function fmix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a seed and up to three integers. */
export function hash(seed: number, a: number, b = 0, c = 0): number {
  let h = fmix(seed ^ Math.imul(a + 0x3c6ef372, 0x9e3779b1));
  h = fmix(h ^ Math.imul(b + 0x632be5ab, 0x85ebca77));
  return fmix(h ^ Math.imul(c + 0x1b873593, 0xc2b2ae3d));
}

/** A number in [0, 1) from a seed and up to three integers. */
export function unit(seed: number, a: number, b = 0, c = 0): number {
  return hash(seed, a, b, c) / 4_294_967_296;
}

/** A cheap follow-up draw from a hash already computed (one mix instead of three). */
export function unitAfter(seed: number, index: number): number {
  return fmix(seed ^ Math.imul(index + 0x7f4a7c15, 0x9e3779b1)) / 4_294_967_296;
}

/** FNV-1a over a string's UTF-16 units, then mixed: a stable seed for an id. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}
