// PGlite's memory in isolation, for the footprint part of `npm run bench`: a fresh process opens
// PGlite on the given data folder (creating it when empty, as a first start does), applies the
// console's migrations, writes 50,000 rows once (as the large sandbox's keys) and reads them back,
// and prints its resident memory (MiB) at each step as JSON. Variants: PGlite's defaults (the data
// folder created in this process when new, as PGlite does by itself), and the console's (its
// settings, and a new folder created in a child process first, as lib/server/db/client.ts does).
// The WASM heap cannot start below 128 MiB (the module declares 2048 pages).
//   node lib/tools/bench-pglite.mjs <variant> <data folder>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// As PGLITE_SETTINGS in lib/server/db/client.ts.
const CONSOLE_SETTINGS = ['shared_buffers=32MB', 'wal_buffers=1MB', 'maintenance_work_mem=16MB'];
const VARIANTS = {
  default: () => ({}),
  console: (PGlite, folder) => {
    if (!fs.existsSync(path.join(folder, 'PG_VERSION')))
      execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../server/db/pglite-create.mjs'), folder]);
    return { startParams: [...PGlite.defaultStartParams, ...CONSOLE_SETTINGS.flatMap((s) => ['-c', s])] };
  },
};

const rss = () => process.memoryUsage().rss / 2 ** 20;

async function measure(variant, dir) {
  const variantOptions = VARIANTS[variant];
  if (!variantOptions) throw new Error(`Unknown variant ${variant}; known: ${Object.keys(VARIANTS).join(', ')}.`);
  {
    const before = rss();
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const loaded = rss();
    const started = performance.now();
    const folder = path.join(dir, 'pglite');
    const client = new PGlite(folder, variantOptions(PGlite, folder));
    await client.waitReady;
    const initMs = performance.now() - started;
    await migrate(drizzle(client), { migrationsFolder: path.resolve(import.meta.dirname, '../server/db/migrations') });
    const migrated = rss();
    await client.exec(`create table if not exists bench(id text primary key, data jsonb);
      insert into bench select 'key_' || g, jsonb_build_object('n', g, 'name', repeat('x', 80))
        from generate_series(1, 50000) g on conflict do nothing;`);
    await client.query('select count(*), max(data->>$1) from bench', ['name']);
    const worked = rss();
    await client.close();
    return { before, loaded, migrated, worked, initMs };
  }
}

console.log(JSON.stringify(await measure(process.argv[2] ?? 'default', process.argv[3] ?? '')));
