import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { pause } from './apply';
import { planFaults } from './plan';
import { faultSharesFromEnv, writeFaultConfig } from './setting';
import { formatFaultShares, parseFaultShares } from './shares';
import { FaultSpecError, parseFaultHeader } from './spec';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
});
afterAll(() => handle.close());

describe('the x-sandbox-fault header', () => {
  it('reads every fault with its options', () => {
    expect(parseFaultHeader('latency=800')).toEqual([{ action: { kind: 'latency', ms: 800 }, times: null, method: null, path: null }]);
    expect(parseFaultHeader('rate-limit')[0]?.action).toEqual({ kind: 'rate-limit', retryAfterSeconds: 1, retryAfterMs: null });
    expect(parseFaultHeader('Rate-Limit; retry-after=2; retry-after-ms=1500; times=3; method=get')).toEqual([
      { action: { kind: 'rate-limit', retryAfterSeconds: 2, retryAfterMs: 1500 }, times: 3, method: 'GET', path: null },
    ]);
    for (const status of [500, 502, 503, 504])
      expect(parseFaultHeader(String(status))[0]?.action).toEqual({ kind: 'server-error', status });
    expect(parseFaultHeader('stall')[0]?.action).toEqual({ kind: 'stall', phase: 'headers', maxMs: 120_000 });
    expect(parseFaultHeader('stall-body;max=5')[0]?.action).toEqual({ kind: 'stall', phase: 'body', maxMs: 5000 });
    expect(parseFaultHeader('reset')[0]?.action).toEqual({ kind: 'reset', afterApply: false });
    expect(parseFaultHeader('reset-after-apply')[0]?.action).toEqual({ kind: 'reset', afterApply: true });
    expect(parseFaultHeader('truncated')[0]?.action).toEqual({ kind: 'truncated' });
    expect(parseFaultHeader('latency=200, 503')).toHaveLength(2);
    expect(parseFaultHeader('none')).toEqual([]);
    expect(parseFaultHeader('')).toEqual([]);
  });

  it('refuses what it does not understand, saying why', () => {
    const refused = (text: string, message: RegExp) => {
      expect(() => parseFaultHeader(text)).toThrow(FaultSpecError);
      expect(() => parseFaultHeader(text)).toThrow(message);
    };
    refused('teapot', /Unknown fault "teapot". Known faults: latency=<ms>, rate-limit/);
    refused('latency', /latency must be a whole number from 0 to 120000/);
    refused('latency=999999', /from 0 to 120000/);
    refused('stall;max=500', /max must be a whole number from 1 to 120/);
    refused('500;retry-after=1', /does not take the option retry-after/);
    refused('rate-limit=3', /only latency takes a value/);
    refused('rate-limit;times', /not an option=value pair/);
    refused('rate-limit, 500', /at most one fault besides latency/);
    refused('500;method=PUT', /method must be GET, POST, DELETE/);
  });
});

describe('faults for a share of requests', () => {
  it('reads fault:share items and writes them back canonically', () => {
    const shares = parseFaultShares(' rate-limit:0.1, 500:0.05,latency=300:0.2 ,stall-body;max=3;method=post;times=2:1');
    expect(shares.map((s) => s.share)).toEqual([0.1, 0.05, 0.2, 1]);
    expect(formatFaultShares(shares)).toBe(
      'rate-limit;retry-after=1:0.1,500:0.05,latency=300:0.2,stall-body;max=3;method=POST;times=2:1',
    );
    expect(parseFaultShares(formatFaultShares(shares))).toEqual(shares);
    expect(parseFaultShares('')).toEqual([]);
  });

  it('refuses items without a share and shares out of range', () => {
    expect(() => parseFaultShares('rate-limit')).toThrow(/has no share/);
    expect(() => parseFaultShares('500:1.5')).toThrow(/above 0 and at most 1/);
    expect(() => parseFaultShares('500:0')).toThrow(/above 0 and at most 1/);
    expect(() => faultSharesFromEnv({ SANDBOX_FAULTS: 'oops:0.1' })).toThrow(FaultSpecError);
    expect(faultSharesFromEnv({})).toEqual([]);
  });
});

describe('rolling the shares', () => {
  const rolls = async (values: number[], method = 'GET') => {
    let i = 0;
    const plan = await planFaults(handle.db, new Request('http://sandbox.test/', { method }), () => values[i++] ?? 1);
    return plan;
  };
  afterAll(() => writeFaultConfig(handle.db, null));

  it('rolls each item on its own: latencies add up, the first other hit wins', async () => {
    await writeFaultConfig(handle.db, 'latency=100:0.5,503:0.5,rate-limit:0.5,latency=50:0.5');
    expect(await rolls([0.1, 0.9, 0.1, 0.1])).toEqual({
      latencyMs: 150,
      outcome: { kind: 'rate-limit', retryAfterSeconds: 1, retryAfterMs: null },
    });
    expect(await rolls([0.9, 0.1, 0.1, 0.9])).toEqual({ latencyMs: 0, outcome: { kind: 'server-error', status: 503 } });
    expect(await rolls([0.9, 0.9, 0.9, 0.9])).toEqual({ latencyMs: 0, outcome: null });
  });

  it('aims at one method, and spends a times=N item after N hits until the faults are set again', async () => {
    const setting = 'reset-after-apply;method=POST;times=2:1';
    await writeFaultConfig(handle.db, setting);
    expect((await rolls([0], 'GET')).outcome).toBeNull();
    const posts = [];
    for (let i = 0; i < 3; i++) posts.push((await rolls([0], 'POST')).outcome?.kind ?? null);
    expect(posts).toEqual(['reset', 'reset', null]);
    await writeFaultConfig(handle.db, setting);
    expect((await rolls([0], 'POST')).outcome?.kind).toBe('reset');
  });
});

describe('planning a request', () => {
  const plan = (fault: string, key?: string, method = 'GET') =>
    planFaults(
      handle.db,
      new Request('http://sandbox.test/', {
        method,
        headers: { 'x-sandbox-fault': fault, ...(key ? { 'x-sandbox-fault-key': key } : {}) },
      }),
    );

  it('applies a times=N fault to the first N requests of its key only', async () => {
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push((await plan('latency=10, 503;times=2', 'key-a')).outcome?.kind ?? null);
    expect(outcomes).toEqual(['server-error', 'server-error', null, null]);
    expect((await plan('503;times=2', 'key-b')).outcome?.kind).toBe('server-error');
    expect((await plan('latency=10, 503;times=2', 'key-a')).latencyMs).toBe(10);
  });

  it('applies a method=X fault to that method only', async () => {
    expect((await plan('500;method=POST')).outcome).toBeNull();
    expect((await plan('500;method=POST', undefined, 'POST')).outcome?.kind).toBe('server-error');
  });

  it('needs a key to count by', async () => {
    await expect(plan('503;times=1')).rejects.toThrow(/needs an x-sandbox-fault-key/);
    await expect(plan('503', ' ')).rejects.toThrow(/1 to 200 characters/);
  });

  it('gives a request without the header no faults when none are configured', async () => {
    expect(await planFaults(handle.db, new Request('http://sandbox.test/'))).toEqual({ latencyMs: 0, outcome: null });
  });
});

describe('pause', () => {
  it('waits, and ends early when the client leaves', async () => {
    let started = performance.now();
    await pause(60);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    const controller = new AbortController();
    started = performance.now();
    setTimeout(() => controller.abort(), 20);
    await pause(60_000, controller.signal);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
