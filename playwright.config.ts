import { defineConfig } from '@playwright/test';
import { REAL_ADMIN, SANDBOX_KEY } from './e2e/servers';

// Run through `npm run test:e2e` (lib/tools/e2e.mjs): it finds the browser, builds, and picks
// free ports and a fresh data folder.
const dataDir = process.env.E2E_DATA_DIR ?? '/tmp/console-e2e';
const ports = {
  sandbox: Number(process.env.E2E_PORT ?? 3100),
  real: Number(process.env.E2E_REAL_PORT ?? 3101),
  down: Number(process.env.E2E_DOWN_PORT ?? 3102),
};
const url = (port: number) => `http://127.0.0.1:${port}`;

function server(port: number, name: string, env: Record<string, string>) {
  return {
    command: `npx next start --hostname 127.0.0.1 --port ${port}`,
    url: `${url(port)}/sign-in`,
    timeout: 60_000,
    reuseExistingServer: false,
    // Every spec changes things as the one owner, in parallel: lift the per-user change limit (its own Vitest covers it).
    env: { DATA_DIR: `${dataDir}/${name}`, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', MUTATION_RATE_PER_MINUTE: '100000', ...env },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Whole flows (sign in a new console user, make changes, check them) take 10–25 s; a loaded
  // 2-core machine doubles that. Each step still fails on its own 10 s expectation.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // Keep the browser on this machine: no lookups or connections to outside hosts.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    // The sandbox console starts with no accounts: the first spec sets up the owner.
    { name: 'first-owner', testMatch: /setup\.spec\.ts/, use: { baseURL: url(ports.sandbox) } },
    {
      name: 'console',
      testIgnore: /(setup|real-organization|unreachable)\.spec\.ts/,
      dependencies: ['first-owner'],
      use: { baseURL: url(ports.sandbox), storageState: 'e2e/.auth/owner.json' },
    },
    { name: 'real-organization', testMatch: /real-organization\.spec\.ts/, use: { baseURL: url(ports.real) } },
    { name: 'unreachable', testMatch: /unreachable\.spec\.ts/, use: { baseURL: url(ports.down) } },
  ],
  webServer: [
    // The owner signs in once (setup.spec) for the whole run, which lasts longer than the 10 minutes
    // after which destructive changes ask for the password again; reauth.spec covers that dialog.
    server(ports.sandbox, 'sandbox', { SANDBOX_ADMIN_KEY: SANDBOX_KEY, FRESH_SIGN_IN_MINUTES: '240' }),
    // Manages an organization through OPENAI_ADMIN_KEY, as with OpenAI; the first server's sandbox plays the organization.
    server(ports.real, 'real', {
      OPENAI_ADMIN_KEY: SANDBOX_KEY,
      OPENAI_BASE_URL: `${url(ports.sandbox)}/sandbox/v1`,
      OPENAI_ORGANIZATION_NAME: 'Northwind Robotics (live)',
      DASHBOARD_ADMIN_EMAIL: REAL_ADMIN.email,
      DASHBOARD_ADMIN_PASSWORD: REAL_ADMIN.password,
    }),
    // An organization that cannot be reached: nothing listens on port 9.
    server(ports.down, 'down', {
      OPENAI_ADMIN_KEY: 'sk-admin-unreachable-0000',
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
      DASHBOARD_ADMIN_EMAIL: REAL_ADMIN.email,
      DASHBOARD_ADMIN_PASSWORD: REAL_ADMIN.password,
    }),
  ],
});
