import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Run through `npm run test:e2e` (lib/tools/e2e.mjs), which finds the browser, builds, and picks
// a free port and a fresh data folder.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // Keep the browser on this machine: no lookups or connections to outside hosts.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    { name: 'first-owner', testMatch: /setup\.spec\.ts/ },
    { name: 'console', testIgnore: /setup\.spec\.ts/, dependencies: ['first-owner'], use: { storageState: 'e2e/.auth/owner.json' } },
  ],
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${port}`,
    url: `${baseURL}/sign-in`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR ?? '',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
