// Creates a new PGlite data folder (PostgreSQL's initdb) and exits: run by openDb() in a child
// process on first start, so the memory the creation takes (a second PGlite and initdb's WASM,
// ~500 MiB at its peak, much of it never given back) dies with the child instead of staying in
// the server for its whole life. Plain JavaScript: it runs outside Next's bundle.
//   node lib/server/db/pglite-create.mjs <folder>
import { PGlite } from '@electric-sql/pglite';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node pglite-create.mjs <folder>');
  process.exit(2);
}
const client = new PGlite(folder);
await client.waitReady;
await client.close();
