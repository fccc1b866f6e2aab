// The sandbox part of `npm run bench`: times the usage and costs endpoints on the default seed.
// Run by lib/tools/bench.mjs as `node --expose-gc --conditions=react-server --import tsx ...`.
// Prints one line per figure: `<figure>\t<value>\t<unit>\t<target>` (bench.mjs judges them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { handleSandboxRequest } from '@/lib/sandbox/router';
import { getSandboxAdminKey } from '@/lib/sandbox/auth';
import { ensureSandboxSeeded, SANDBOX_DEFAULT_PROJECT_ID } from '@/lib/sandbox/seed';
import { insertObject } from '@/lib/sandbox/store-writes';
import { PROJECT_API_KEY_KIND } from '@/lib/sandbox/usage/attribution';
import { warmUsageEngine } from '@/lib/sandbox/usage/warm';
import { openDb, type Db } from '@/lib/server/db/client';

const DAY = 86_400;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** The queries the issue names, and the other widths and types at their largest pages. */
function queries(now: number): Record<string, string> {
  const today = Math.floor(now / DAY) * DAY;
  return {
    'completions 1d×31 by project,model': `/organization/usage/completions?start_time=${today - 30 * DAY}&limit=31&group_by[]=project_id&group_by[]=model`,
    'costs 1d×180': `/organization/costs?start_time=${today - 179 * DAY}&limit=180`,
    'costs 1d×180 by line_item': `/organization/costs?start_time=${today - 179 * DAY}&limit=180&group_by[]=line_item`,
    'completions 1h×168 by project': `/organization/usage/completions?start_time=${today - 6 * DAY}&bucket_width=1h&limit=168&group_by[]=project_id`,
    'completions 1m×1440': `/organization/usage/completions?start_time=${now - DAY}&bucket_width=1m&limit=1440`,
    'images 1d×31 by size,source': `/organization/usage/images?start_time=${today - 30 * DAY}&limit=31&group_by[]=size&group_by[]=source`,
    'vector stores 1h×168': `/organization/usage/vector_stores?start_time=${today - 6 * DAY}&bucket_width=1h&limit=168`,
    'web search 1d×31 by model,context': `/organization/usage/web_search_calls?start_time=${today - 30 * DAY}&limit=31&group_by[]=model&group_by[]=context_level`,
  };
}
const COLD = ['completions 1d×31 by project,model', 'costs 1d×180', 'completions 1m×1440', 'completions 1h×168 by project'];

/** Ranges older than the start-up warm-up covers: their days are computed on first use. */
function olderQueries(now: number): Record<string, string> {
  const today = Math.floor(now / DAY) * DAY;
  return {
    'completions 1d×31 by project,model, days 400-370 ago': `/organization/usage/completions?start_time=${today - 400 * DAY}&limit=31&group_by[]=project_id&group_by[]=model`,
    'costs 1d×180, days 540-360 ago': `/organization/costs?start_time=${today - 540 * DAY}&limit=180`,
  };
}

/** Milliseconds for one request through the router, the JSON body included. */
async function timed(db: Db, key: string, apiPath: string): Promise<number> {
  const started = performance.now();
  const response = await handleSandboxRequest(
    db,
    new Request(`http://bench.local/sandbox/v1${apiPath}`, { headers: { authorization: `Bearer ${key}` } }),
  );
  await response.text();
  if (response.status !== 200) throw new Error(`${apiPath} answered ${response.status}`);
  return performance.now() - started;
}

const line = (figure: string, value: number, unit: string, target: string) =>
  console.log([figure, value.toFixed(1), unit, target].join('\t'));

type Start = 'warm' | 'warm-gc' | 'cold';
const START_LABEL: Record<Start, string> = {
  warm: 'first request after start-up',
  // A forced full GC makes V8 drop optimised code a running server keeps: the worst case, shown.
  'warm-gc': 'first request after start-up and a forced full GC',
  cold: 'first request, no start-up warm-up',
};

/** A fresh process on the seeded data: one request elsewhere, the start-up warm-up unless cold, then the query. */
async function child(dataDir: string, name: string, start: Start): Promise<void> {
  const { db, close } = await openDb({ dataDir });
  await ensureSandboxSeeded(db);
  const key = await getSandboxAdminKey(db);
  await timed(db, key, '/organization/projects?limit=5');
  const now = Math.floor(Date.now() / 1000);
  if (start !== 'cold') await warmUsageEngine(db, now);
  if (start === 'warm-gc') gc();
  const ms = await timed(db, key, { ...queries(now), ...olderQueries(now) }[name] ?? '');
  await close();
  console.log(ms);
}

/** The median of three fresh processes' first request. */
function firstRequest(self: string, dataDir: string, name: string, start: Start): number {
  const runs = [0, 1, 2].map(() => {
    const run = spawnSync(process.execPath, [...process.execArgv, self, '--child', dataDir, name, start], { encoding: 'utf8' });
    const ms = Number(run.stdout.trim().split('\n').at(-1));
    if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`first-request run of ${name} failed: ${run.stderr}`);
    return ms;
  });
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sandbox-'));
  try {
    let handle = await openDb({ dataDir });
    await ensureSandboxSeeded(handle.db);
    await handle.close();
    const self = process.argv[1] ?? '';
    const firsts: [string, Start, string][] = [
      ...COLD.map((name): [string, Start, string] => [name, 'warm', '<=50']),
      ...Object.keys(olderQueries(0)).map((name): [string, Start, string] => [name, 'warm', 'info']),
      ...COLD.map((name): [string, Start, string] => [name, 'warm-gc', 'info']),
      ...COLD.map((name): [string, Start, string] => [name, 'cold', 'info']),
    ];
    for (const [name, start, target] of firsts)
      line(`${name} (${START_LABEL[start]}, median of 3 processes)`, firstRequest(self, dataDir, name, start), 'ms', target);

    handle = await openDb({ dataDir });
    const db = handle.db;
    await ensureSandboxSeeded(db);
    const key = await getSandboxAdminKey(db);
    gc();
    const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const heapBefore = memory();
    const now = Math.floor(Date.now() / 1000);
    await warmUsageEngine(db, now);
    for (const [name, apiPath] of Object.entries(queries(now))) {
      await timed(db, key, apiPath);
      const runs: number[] = [];
      for (let i = 0; i < 15; i++) runs.push(await timed(db, key, apiPath));
      runs.sort((a, b) => a - b);
      line(`${name} (warm, median)`, runs[7] ?? 0, 'ms', '<=50');
      line(`${name} (warm, slowest of 15)`, runs.at(-1) ?? 0, 'ms', '<=50');
    }
    // A new API key changes the catalogue: cached days carry over, only the new key's are computed.
    await insertObject(db, {
      kind: PROJECT_API_KEY_KIND,
      scope: SANDBOX_DEFAULT_PROJECT_ID,
      id: 'key_benchNewKey000000000000',
      data: { object: 'organization.project.api_key', id: 'key_benchNewKey000000000000', created_at: now - 30 * DAY, owner: { type: 'service_account' } },
    });
    line('costs 1d×180 right after a new API key', await timed(db, key, queries(now)['costs 1d×180'] ?? ''), 'ms', '<=50');
    gc();
    line('usage engine memory (catalogue, day caches)', (memory() - heapBefore) / 2 ** 20, 'MiB', '<=64');
    line('process rss', process.memoryUsage().rss / 2 ** 20, 'MiB', 'info');
    await handle.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1] ?? '', args[2] ?? '', (args[3] ?? 'cold') as Start);
else await main();
