// `npm run test:e2e`: finds a browser, builds once, and runs the Playwright suite against one real
// server on a fresh data folder (it starts from zero console accounts: the first spec sets it up).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';
import { findBrowser } from './find-browser.mjs';

const browser = await findBrowser();
if (!browser) {
  console.error('No Chromium found for the browser tests: run `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-e2e-'));
// Three servers (see playwright.config.ts): the sandbox console, one managing a "real"
// organization over HTTP, and one whose organization cannot be reached.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  CHROMIUM_PATH: browser,
  E2E_PORT: String(await freePort()),
  E2E_REAL_PORT: String(await freePort()),
  E2E_DOWN_PORT: String(await freePort()),
  E2E_DATA_DIR: dataDir,
};
buildIfNeeded(env);

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
