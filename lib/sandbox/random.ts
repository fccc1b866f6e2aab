import 'server-only';
import { createHash, randomBytes, randomInt } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A source of numbers in [0, 1): Math.random's shape, so seeded and secure sources swap freely. */
export type RandomSource = () => number;

/** mulberry32: tiny, fast and good enough for believable seed data; the same seed gives the same data. */
export function createPrng(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [min, max], from the given source. */
export function randomIntBetween(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Random characters from `alphabet`; cryptographically random unless a source is given. */
export function randomChars(
  length: number,
  alphabet = ALPHANUMERIC,
  random?: RandomSource,
): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const index = random ? Math.floor(random() * alphabet.length) : randomInt(alphabet.length);
    out += alphabet[index] ?? '';
  }
  return out;
}

/** A new object id like the API's: prefix + 24 letters and digits (`proj_…`, `user-…`). */
export function newObjectId(prefix: string): string {
  return prefix + randomChars(24);
}

/** An id that is always the same for the same key, so seed data keeps its ids across installs. */
export function stableObjectId(prefix: string, key: string): string {
  const digest = createHash('sha256').update(key).digest();
  let out = '';
  for (let i = 0; i < 24; i++) out += ALPHANUMERIC[(digest[i] ?? 0) % ALPHANUMERIC.length];
  return prefix + out;
}

/** `req_` + 32 hex digits, like the API's x-request-id. */
export function newRequestId(): string {
  return `req_${randomBytes(16).toString('hex')}`;
}
