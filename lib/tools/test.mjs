// `npm test`: the whole suite, in the order that fails fastest: types, lint, unit (Vitest, on
// PGlite and a real PostgreSQL), the browser tests (Playwright on Chromium), then the security
// suite (`npm run test:security`, one line per check). Ends with one line counting every test
// and check: "tests: N passed, M failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './build-if-needed.mjs';

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'console-test-'));
const unitReport = path.join(reports, 'unit.json');
const e2eReport = path.join(reports, 'e2e.json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const stages = [
  ['types', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]],
  ['e2e', 'node', ['lib/tools/e2e.mjs', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }],
  // The registry mirror of this machine kind answers GET only, so npm's advisory service (a POST)
  // cannot be asked; the audit line then says "not checked" instead of failing the whole run.
  // `npm run test:security` on its own stays strict.
  ['security', 'node', ['lib/tools/test-security.mjs'], { SECURITY_AUDIT_UNREACHABLE: process.env.SECURITY_AUDIT_UNREACHABLE ?? 'pass' }],
];

/** The security suite's verdicts, from its lines `name: figure — PASS|FAIL`. */
const security = { passed: 0, failed: 0 };
function countChecks(output) {
  for (const line of output.split('\n')) {
    if (/ — PASS$/.test(line)) security.passed++;
    if (/ — FAIL$/.test(line)) security.failed++;
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let failedStage = null;
for (const [name, command, args, extraEnv] of stages) {
  console.log(`\n── ${name} ──`);
  const counted = name === 'security';
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: counted ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (counted) {
    process.stdout.write(result.stdout ?? '');
    countChecks(result.stdout ?? '');
  }
  if (result.status !== 0) {
    failedStage = name;
    break;
  }
}

const unit = readJson(unitReport);
const e2e = readJson(e2eReport);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0) + security.passed;
const stageFailure = failedStage && !['unit', 'e2e'].includes(failedStage) && !(failedStage === 'security' && security.failed > 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + security.failed + (stageFailure ? 1 : 0);
fs.rmSync(reports, { recursive: true, force: true });
if (failedStage) console.error(`\nThe ${failedStage} stage failed.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStage ? 1 : 0);
