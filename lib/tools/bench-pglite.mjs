// PGlite's memory in isolation, for the footprint part of `npm run bench`: a fresh process opens
// PGlite on the given data folder (creating it when empty, as a first start does), applies the
// console's migrations, writes 50,000 rows once (as the large sandbox's keys) and reads them back,
// and prints its resident memory (MiB) at each step as JSON. Variants try what PGlite lets one
// lower: PostgreSQL's shared_buffers (its WASM heap cannot start below 128 MiB: the module
// declares 2048 pages).
//   node lib/tools/bench-pglite.mjs <variant> <data folder>
import path from 'node:path';

const VARIANTS = {
  default: {},
  'shared_buffers 16MB': { postgresqlconf: 'shared_buffers = 16MB' },
};

const rss = () => process.memoryUsage().rss / 2 ** 20;

async function measure(variant, dir) {
  const options = VARIANTS[variant];
  if (!options) throw new Error(`Unknown variant ${variant}; known: ${Object.keys(VARIANTS).join(', ')}.`);
  {
    const before = rss();
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const loaded = rss();
    const started = performance.now();
    const client = new PGlite(path.join(dir, 'pglite'), options);
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
