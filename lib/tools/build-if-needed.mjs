// Builds the console with `next build` when there is no build yet or a source changed since.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const buildId = path.join(root, '.next/BUILD_ID');
const SOURCES = ['app', 'components', 'lib', 'instrumentation.ts', 'proxy.ts', 'next.config.js', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];
const IGNORED = /(^|\/)(node_modules|\.next)(\/|$)|\.test\.ts$/;

function newestChange(entry) {
  const full = path.join(root, entry);
  if (IGNORED.test(entry) || !fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

export function needsBuild() {
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestChange(entry) > built);
}

/** Builds when needed; exits the process when the build fails. */
export function buildIfNeeded(env) {
  if (!needsBuild()) return;
  console.log('Building the console (once, and again after the sources change)…');
  const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
