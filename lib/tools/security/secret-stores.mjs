// What the server kept, as places to scan: its stdout/stderr, every file of its data folder
// (PGlite's tables, WAL and all), every row of every table read back through PGlite (values
// PostgreSQL compresses on disk are plain here), and the build's static assets with source maps.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { root } from '../build-if-needed.mjs';

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function tableRows(pgliteDir) {
  const db = await PGlite.create(pgliteDir);
  try {
    const { rows: tables } = await db.query(`select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`);
    const places = [];
    for (const { schema, name } of tables) {
      const { rows } = await db.query(`select t::text as row from "${schema}"."${name}" t`);
      places.push({ where: `DB rows of ${schema}.${name} (${rows.length})`, bytes: Buffer.from(rows.map((r) => r.row).join('\n')) });
    }
    return places;
  } finally {
    await db.close();
  }
}

/** The server's places; call after it has stopped (PGlite opens a folder once at a time). */
export async function serverPlaces(log, dataDir) {
  const places = [{ where: 'server stdout/stderr', bytes: Buffer.from(log.join('')) }];
  for (const file of filesUnder(dataDir)) places.push({ where: `data folder: ${path.relative(dataDir, file)}`, bytes: fs.readFileSync(file) });
  places.push(...(await tableRows(path.join(dataDir, 'pglite'))));
  for (const file of filesUnder(path.join(root, '.next/static'))) {
    places.push({ where: `build asset: ${path.relative(root, file)}${file.endsWith('.map') ? ' (source map)' : ''}`, bytes: fs.readFileSync(file) });
  }
  return places;
}
