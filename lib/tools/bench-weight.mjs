// The page-weight part of `npm run bench`: first-load JavaScript per page route, gzipped, from
// the build output (builds first when the sources changed). A route's first load is the
// framework's root chunks (build-manifest.json rootMainFiles) plus the chunks of every entry in
// its client reference manifest (root layout, shell layout, error and not-found boundaries, the
// page): what the browser fetches before the page can run. Chunks loaded later (next/dynamic,
// import()) are not counted, as they are not on first load. Polyfills (nomodule) are left out.
// Prints `<figure>\t<value>\t<unit>\t<target>` lines (bench.mjs judges them).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildIfNeeded, root } from './build-if-needed.mjs';
import { line } from './bench-console.mjs';

const TARGET_KB = 200;

if (process.env.SKIP_BUILD !== '1') buildIfNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });

const next = path.join(root, '.next');
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(next, file), 'utf8'));
const routes = readJson('app-path-routes-manifest.json');
const rootMain = readJson('build-manifest.json').rootMainFiles ?? [];

const gzipped = new Map();
const gzipKB = (chunk) => {
  if (!gzipped.has(chunk)) gzipped.set(chunk, zlib.gzipSync(fs.readFileSync(path.join(next, chunk)), { level: 9 }).length / 1024);
  return gzipped.get(chunk);
};

/** The route's client reference manifest (a script assigning globalThis.__RSC_MANIFEST[entry]). */
function entryChunks(entry) {
  const file = path.join(next, 'server/app', `${entry}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) return null;
  const scope = { __RSC_MANIFEST: {} };
  new Function('globalThis', 'self', fs.readFileSync(file, 'utf8'))(scope, scope);
  const manifest = scope.__RSC_MANIFEST[entry];
  if (!manifest) throw new Error(`${path.relative(root, file)} does not describe ${entry}.`);
  return Object.values(manifest.entryJSFiles ?? {}).flat();
}

let largest = { route: '', kb: 0 };
for (const [entry, route] of Object.entries(routes).sort((a, b) => a[1].localeCompare(b[1]))) {
  if (!entry.endsWith('/page') || route.startsWith('/_')) continue;
  const chunks = entryChunks(entry);
  if (!chunks) throw new Error(`No client reference manifest for ${route}: is the build complete?`);
  const kb = [...new Set([...rootMain, ...chunks])].reduce((sum, chunk) => sum + gzipKB(chunk), 0);
  if (kb > largest.kb) largest = { route, kb };
  line(`${route}: first-load JS, gzipped`, kb, 'KB', `<=${TARGET_KB}`, 1);
}
line(`framework root chunks (in every route above)`, rootMain.reduce((sum, chunk) => sum + gzipKB(chunk), 0), 'KB', 'info', 1);
line(`largest route (${largest.route})`, largest.kb, 'KB', `<=${TARGET_KB}`, 1);
