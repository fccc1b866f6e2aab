// The insights part of `npm run bench`: the usage engine against the sandbox with 200 ms of
// injected latency per upstream request, side by side with a plain script that follows
// `next_page` one request after another through the official SDK (what one would write instead).
// Run by lib/tools/bench.mjs as `node --conditions=react-server --import tsx ...`.
// Prints one line per figure: `<figure>\t<value>\t<unit>\t<target>` (bench.mjs judges them).
import { spawn } from 'node:child_process';
import http from 'node:http';
import readline from 'node:readline';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { handleSandboxRequest } from '@/lib/sandbox/router';
import { ensureSandboxSeeded } from '@/lib/sandbox/seed';
import { warmUsageEngine } from '@/lib/sandbox/usage/warm';
import { openDb, type Db } from '@/lib/server/db/client';
import { usageBucket } from '@/lib/server/db/schema';
import { clearAll } from '@/lib/server/directory/shared-cache';
import { DEFAULT_SETTINGS, readInsight } from '@/lib/server/usage/engine';
import { forgetHot } from '@/lib/server/usage/hot';
import { parseInsightQuery } from '@/lib/server/usage/query';
import { settledWrites } from '@/lib/server/usage/store';

const LATENCY_MS = 200;
const RUNS = 3;
const DAY = 86_400;

interface Counted {
  client: OpenAI;
  requests: () => number;
}

function countingClient(baseURL: string, key: string, latencyMs: number): Counted {
  let requests = 0;
  const client = new OpenAI({
    adminAPIKey: key,
    apiKey: null,
    organization: null,
    project: null,
    baseURL,
    maxRetries: 0,
    defaultHeaders: latencyMs > 0 ? { 'x-sandbox-fault': `latency=${latencyMs}` } : {},
    fetch: (url, init) => {
      requests++;
      return fetch(url, init);
    },
  });
  return { client, requests: () => requests };
}

interface Case {
  name: string;
  kind: 'usage' | 'costs';
  /** The engine's query string. */
  search: string;
  /** The same query for the SDK method. */
  call: (client: OpenAI, query: Record<string, unknown>) => Promise<{ data: unknown[]; has_more: boolean; next_page: string | null }>;
  query: Record<string, unknown>;
  maxLimit: number;
}

function cases(now: number): Case[] {
  const today = Math.floor(now / DAY) * DAY;
  const hour = Math.floor(now / 3600) * 3600;
  const costsStart = today - 89 * DAY;
  const usageStart = hour - 30 * 24 * 3600 + 3600;
  return [
    {
      name: 'costs, 90 days daily by project and line item',
      kind: 'costs',
      search: `start=${costsStart}&end=${now}&group_by=project_id&group_by=line_item`,
      call: (client, query) => client.admin.organization.usage.costs(query as never),
      query: { start_time: costsStart, end_time: now, group_by: ['project_id', 'line_item'] },
      maxLimit: 180,
    },
    {
      name: 'completions, 30 days hourly by project and model',
      kind: 'usage',
      search: `type=completions&start=${usageStart}&end=${now}&width=1h&group_by=project_id&group_by=model`,
      call: (client, query) => client.admin.organization.usage.completions(query as never),
      query: { start_time: usageStart, end_time: now, bucket_width: '1h', group_by: ['project_id', 'model'] },
      maxLimit: 168,
    },
  ];
}

/** The plain script: one page, then the next, until there is none. */
async function script(c: Case, client: OpenAI, limit?: number): Promise<number> {
  let buckets = 0;
  let page: string | null = null;
  do {
    const answer = await c.call(client, { ...c.query, ...(limit ? { limit } : {}), ...(page ? { page } : {}) });
    buckets += answer.data.length;
    page = answer.has_more ? answer.next_page : null;
  } while (page);
  return buckets;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const line = (figure: string, value: number, unit: string, target: string, digits = 0) =>
  console.log([figure, value.toFixed(digits), unit, target].join('\t'));

/**
 * The sandbox API on a plain node:http server (the test server's streaming needs Next's client
 * modules, which this react-server process cannot load); answers are whole, as they are here.
 */
async function serveSandbox(db: Db): Promise<{ baseURL: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    handleSandboxRequest(db, new Request(`http://127.0.0.1${req.url ?? '/'}`, { headers }))
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/sandbox/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sandbox in a process of its own, as upstream is: its work does not share the engine's thread. */
async function sandboxProcess(): Promise<{ baseURL: string; key: string; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--serve'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the sandbox process exited with ${code}`)));
  });
  const { baseURL, key } = JSON.parse(first) as { baseURL: string; key: string };
  return { baseURL, key, stop: () => child.kill() };
}

async function serve(): Promise<void> {
  const handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  await warmUsageEngine(handle.db);
  const server = await serveSandbox(handle.db);
  console.log(JSON.stringify({ baseURL: server.baseURL, key: await getSandboxAdminKey(handle.db) }));
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => handle.close()).then(() => process.exit(0)));
}

async function main(): Promise<void> {
  const upstream = await sandboxProcess();
  // The engine's own database: the bucket store.
  const handle = await openDb({ memory: true });
  const db = handle.db;
  const { key } = upstream;
  const sandbox = { server: { baseURL: upstream.baseURL } };
  try {
    const now = Math.floor(Date.now() / 1000);
    const fast = countingClient(sandbox.server.baseURL, key, 0);
    // A running server has the engine's code compiled: one unrelated view first, as it would have had.
    await readInsight(fast.client, db, parseInsightQuery('usage', new URLSearchParams(`type=embeddings&start=${now - 7 * DAY}&group_by=project_id&group_by=api_key_id`), now));
    for (const c of cases(now)) {
      // The sandbox computes each day once; do that before anything is timed.
      await script(c, fast.client, c.maxLimit);

      const scriptRuns = { default: [] as number[], max: [] as number[] };
      let scriptRequests = { default: 0, max: 0 };
      for (const variant of ['default', 'max'] as const)
        for (let run = 0; run < RUNS; run++) {
          const counted = countingClient(sandbox.server.baseURL, key, LATENCY_MS);
          const { ms } = await timed(() => script(c, counted.client, variant === 'max' ? c.maxLimit : undefined));
          scriptRuns[variant].push(ms);
          scriptRequests = { ...scriptRequests, [variant]: counted.requests() };
        }

      const cold: number[] = [];
      const warm: number[] = [];
      let coldRequests = 0;
      let warmRequests = 0;
      let refreshRequests = 0;
      let refreshMs = 0;
      for (let run = 0; run < RUNS; run++) {
        await settledWrites();
        await db.delete(usageBucket);
        clearAll();
        forgetHot();
        const counted = countingClient(sandbox.server.baseURL, key, LATENCY_MS);
        const query = parseInsightQuery(c.kind, new URLSearchParams(c.search), now);
        const first = await timed(() => readInsight(counted.client, db, query));
        cold.push(first.ms);
        coldRequests = counted.requests();
        const before = counted.requests();
        const second = await timed(() => readInsight(counted.client, db, query));
        warm.push(second.ms);
        warmRequests = counted.requests() - before;
        if (JSON.stringify(second.value.totals) !== JSON.stringify(first.value.totals))
          throw new Error(`${c.name}: the warm totals differ from the cold ones`);
        // A view a little over a minute later, when the open buckets are due to be read again.
        const due = counted.requests();
        const later = Math.floor(Date.now() / 1000) + DEFAULT_SETTINGS.refreshSeconds + 1;
        const third = await timed(() => readInsight(counted.client, db, query, DEFAULT_SETTINGS, later));
        refreshMs = third.ms;
        refreshRequests = counted.requests() - due;
      }
      const scriptMs = median(scriptRuns.default);
      const coldMs = median(cold);
      line(`${c.name}: plain SDK script, next_page at the API's default page size`, scriptMs, 'ms', 'info');
      line(`${c.name}: plain SDK script, upstream requests`, scriptRequests.default, 'requests', 'info');
      line(`${c.name}: plain SDK script at the largest page size (limit=${c.maxLimit})`, median(scriptRuns.max), 'ms', 'info');
      line(`${c.name}: plain SDK script at the largest page size, upstream requests`, scriptRequests.max, 'requests', 'info');
      line(`${c.name}: engine cold (empty store and name caches)`, coldMs, 'ms', 'info');
      line(`${c.name}: engine cold, upstream requests (usage windows and names)`, coldRequests, 'requests', 'info');
      line(`${c.name}: engine warm`, median(warm), 'ms', 'info');
      line(`${c.name}: engine warm, upstream requests`, warmRequests, 'requests', '<=1');
      line(`${c.name}: engine warm, a minute later (open buckets read again)`, refreshMs, 'ms', 'info');
      line(`${c.name}: engine warm, a minute later (open buckets read again), upstream requests`, refreshRequests, 'requests', '<=1');
      line(`${c.name}: cold speed-up over the script`, scriptMs / coldMs, 'x', '>=3', 1);
      line(`${c.name}: cold speed-up over the script at the largest page size`, median(scriptRuns.max) / coldMs, 'x', 'info', 1);
    }
    line('injected latency per upstream request', LATENCY_MS, 'ms', 'info');
  } finally {
    upstream.stop();
    // The engine keeps buckets in the background: let the last writes land before closing.
    await settledWrites();
    await handle.close();
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
