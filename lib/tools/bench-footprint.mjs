// The server-footprint part of `npm run bench`: resident memory (VmRSS) of the next-server
// process right after start (default seed, directory warmed) and after a workload (every page of
// PRODUCT.md once in Chromium, then 5 s of load on the members directory); the same start with
// DATABASE_URL on a throw-away PostgreSQL (when Debian's postgresql is installed) to show what
// the embedded PGlite costs; and PGlite in isolation (bench-pglite.mjs), fresh and reopened, with
// PGlite's defaults and with the console's settings (smaller buffers, a new folder created in a
// child process). Prints `<figure>\t<value>\t<unit>\t<target>` lines (bench.mjs judges them).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchConsole, line, listenerPid, rssMiB, signedIn } from './bench-console.mjs';
import { measureLoad, pages } from './bench-pages.mjs';
import { startPostgres } from './postgres-server.mjs';
import { sandboxIds } from './security/routes.mjs';

const SETTLE_MS = 8_000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
const portOf = (base) => Number(new URL(base).port);

async function consoleFootprint() {
  const server = await benchConsole();
  let session;
  try {
    const pid = listenerPid(portOf(server.base));
    await settle(); // the directory warms in the background after start
    line('console RSS after start (PGlite, default seed, directory warmed)', rssMiB(pid), 'MiB', 'info');
    const ids = await sandboxIds(server.base);
    session = await signedIn(server.base);
    for (const [route, selector] of pages(ids)) await measureLoad(session.context, `${server.base}${route}`, selector);
    await autocannon({ url: `${server.base}/api/directory/members?limit=50`, connections: 10, duration: 5, headers: { cookie: session.cookie } });
    line('console RSS after every page once and 5 s of load', rssMiB(pid), 'MiB', 'info');
  } finally {
    await session?.browser.close();
    await server.stop();
  }
}

async function postgresFootprint() {
  let postgres;
  try {
    postgres = await startPostgres();
  } catch (error) {
    console.error(`bench footprint: no PostgreSQL comparison (${error.message})`);
    return;
  }
  try {
    const server = await benchConsole({ DATABASE_URL: postgres.url });
    try {
      const pid = listenerPid(portOf(server.base));
      await settle();
      line('console RSS after start with DATABASE_URL (PostgreSQL, same seed, directory warmed)', rssMiB(pid), 'MiB', 'info');
    } finally {
      await server.stop();
    }
  } finally {
    postgres.stop();
  }
}

function pglite(variant, dir) {
  const out = execFileSync(process.execPath, [path.join(import.meta.dirname, 'bench-pglite.mjs'), variant, dir], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1));
}

function pgliteAlone() {
  for (const variant of ['default', 'console']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pglite-'));
    try {
      const fresh = pglite(variant, dir);
      if (variant === 'default') line('PGlite alone: modules loaded', fresh.loaded - fresh.before, 'MiB', 'info');
      line(`PGlite alone (${variant}): new data folder created and migrated`, fresh.migrated - fresh.before, 'MiB', 'info');
      line(`PGlite alone (${variant}): new data folder, creation time`, fresh.initMs, 'ms', 'info');
      const reopened = pglite(variant, dir);
      line(`PGlite alone (${variant}): data folder reopened and migrated`, reopened.migrated - reopened.before, 'MiB', 'info');
      line(`PGlite alone (${variant}): then 50,000 rows written and read`, reopened.worked - reopened.before, 'MiB', 'info');
      line(`PGlite alone (${variant}): reopening time`, reopened.initMs, 'ms', 'info');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

await consoleFootprint();
await postgresFootprint();
pgliteAlone();
