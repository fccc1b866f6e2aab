import { describe, expect, it } from 'vitest';
import { backgroundSlots, coalesce, gateLoad, inUpstreamSlot, UPSTREAM_SLOTS } from './upstream-gate';

const BACKGROUND_SLOTS = backgroundSlots(UPSTREAM_SLOTS);

describe('the upstream gate', () => {
  it('never lets more than six reads run at once, and runs every one', async () => {
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        inUpstreamSlot(async () => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running--;
          return i;
        }),
      ),
    );
    expect(most).toBe(6);
    expect(UPSTREAM_SLOTS).toBe(6);
    expect(results).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it('hands a freed slot to the next in line, first come first served', async () => {
    const order: number[] = [];
    let release = () => {};
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: UPSTREAM_SLOTS }, () => inUpstreamSlot(() => blocked));
    const waiting = [1, 2, 3].map((n) => inUpstreamSlot(async () => void order.push(n)));
    expect(gateLoad()).toEqual({ active: UPSTREAM_SLOTS, waiting: 3 });
    release();
    await Promise.all([...holders, ...waiting]);
    expect(order).toEqual([1, 2, 3]);
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it('keeps slots free for reads a page waits for while background reads queue', async () => {
    let background = 0;
    let most = 0;
    let release = () => {};
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const bulk = Array.from({ length: 40 }, () =>
      inUpstreamSlot(
        async () => {
          most = Math.max(most, ++background);
          await blocked;
          background--;
        },
        { background: true },
      ),
    );
    expect(gateLoad()).toEqual({ active: BACKGROUND_SLOTS, waiting: 40 - BACKGROUND_SLOTS });
    // A page's read runs at once although 36 background reads were asked before it.
    await expect(inUpstreamSlot(async () => 'page')).resolves.toBe('page');
    release();
    await Promise.all(bulk);
    expect(most).toBe(BACKGROUND_SLOTS);
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it('serves waiting page reads before waiting background reads', async () => {
    const order: string[] = [];
    let release = () => {};
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: UPSTREAM_SLOTS }, () => inUpstreamSlot(() => blocked));
    const later = [
      inUpstreamSlot(async () => void order.push('background'), { background: true }),
      inUpstreamSlot(async () => void order.push('page')),
    ];
    release();
    await Promise.all([...holders, ...later]);
    expect(order).toEqual(['page', 'background']);
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it('frees the slot when a request fails', async () => {
    await expect(inUpstreamSlot(() => Promise.reject(new Error('429')))).rejects.toThrow('429');
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it('shares one piece of work between identical callers, and forgets it when done', async () => {
    let runs = 0;
    const work = () => coalesce('same', async () => ++runs);
    expect(await Promise.all([work(), work(), work()])).toEqual([1, 1, 1]);
    expect(await work()).toBe(2);
  });
});
