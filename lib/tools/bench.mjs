// `npm run bench [-- part ...]`: runs the named parts (all when none is named). Each part prints
// tab-separated figures `<figure> <value> <unit> <target>`; this prints one line per figure with
// its target and PASS/FAIL ("info" figures have no target), and exits 1 when any figure fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

const TS = ['--expose-gc', '--conditions=react-server', '--import', 'tsx'];
const PARTS = {
  sandbox: ['node', [...TS, 'lib/tools/bench-sandbox.ts']],
  insights: ['node', [...TS, 'lib/tools/bench-insights.ts']],
  // These build first when the sources changed (SKIP_BUILD=1 uses the build as it is) and start
  // the console on fresh data against its sandbox (lib/tools/bench-console.mjs).
  weight: ['node', ['lib/tools/bench-weight.mjs']],
  pages: ['node', ['lib/tools/bench-pages.mjs']],
  scale: ['node', ['lib/tools/bench-scale.mjs']],
  proxy: ['node', ['lib/tools/bench-proxy.mjs']],
  footprint: ['node', ['lib/tools/bench-footprint.mjs']],
};

function judge(value, target) {
  const match = /^(<=|>=)(\d+(?:\.\d+)?)$/.exec(target);
  if (!match) return 'info';
  const limit = Number(match[2]);
  return (match[1] === '<=' ? value <= limit : value >= limit) ? 'PASS' : 'FAIL';
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}
let failed = 0;
for (const name of asked.length > 0 ? asked : Object.keys(PARTS)) {
  const [command, args] = PARTS[name];
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const row of run.stdout.split('\n').filter((l) => l.includes('\t'))) {
    const [figure, value, unit, target] = row.split('\t');
    const verdict = judge(Number(value), target);
    if (verdict === 'FAIL') failed++;
    console.log(`${name}: ${figure}: ${value} ${unit} (target ${target === 'info' ? 'none' : `${target} ${unit}`}) ${verdict}`);
  }
  if (run.status !== 0) {
    failed++;
    console.log(`${name}: the part exited with ${run.status}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
