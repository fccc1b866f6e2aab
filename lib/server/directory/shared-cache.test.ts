import { afterEach, describe, expect, it, vi } from 'vitest';
import { cached, invalidate, isKnown } from './shared-cache';

let n = 0;
const name = () => `test.${++n}`;

afterEach(() => vi.useRealTimers());

describe('cached', () => {
  it('shares one load between concurrent readers', async () => {
    const key = name();
    const load = vi.fn(async () => 'v');
    const [a, b] = await Promise.all([cached(key, 1000, load), cached(key, 1000, load)]);
    expect([a.value, b.value]).toEqual(['v', 'v']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(isKnown(key)).toBe(true);
  });

  it('answers an old copy at once and refreshes it in the background', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const key = name();
    let version = 1;
    const load = async () => version;
    expect((await cached(key, 1000, load)).value).toBe(1);
    version = 2;
    vi.setSystemTime(Date.now() + 5000);
    expect((await cached(key, 1000, load)).value).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect((await cached(key, 1000, load)).value).toBe(2);
  });

  it('waits for a new copy after an invalidation, even one made during a load', async () => {
    const key = name();
    let version = 1;
    let release: () => void = () => {};
    const load = async () => {
      const v = version;
      if (v === 2) await new Promise<void>((r) => (release = r));
      return v;
    };
    expect((await cached(key, 60_000, load)).value).toBe(1);
    version = 2;
    invalidate(key);
    const slow = cached(key, 60_000, load);
    version = 3;
    invalidate(key); // the load of version 2 started before this: it must not count
    const after = cached(key, 60_000, load);
    release();
    expect((await slow).value).toBe(2);
    expect((await after).value).toBe(3);
    expect((await cached(key, 60_000, load)).value).toBe(3);
  });
});
