import 'server-only';
import { ensureBootstrapAdmin } from './auth/accounts';
import { getAuth } from './auth/auth';
import { ConfigError, getConfig } from './config';
import { getDbHandle } from './db';

function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

/**
 * Runs once when the server starts (instrumentation.ts): checks the configuration, opens and
 * migrates the database, ensures the bootstrap admin and seeds the sandbox. Anything wrong stops
 * the start with one line that says what.
 */
export async function startConsole(): Promise<void> {
  let config;
  try {
    config = getConfig();
    if (config.sandboxEnabled) (await import('../sandbox/control/startup')).checkSandboxEnv();
  } catch (err) {
    if (err instanceof ConfigError) stop(err.message);
    throw err;
  }
  const where = config.databaseUrl ? 'the PostgreSQL database (DATABASE_URL)' : `the PGlite database in ${config.dataDir} (DATA_DIR)`;
  const handle = await step(`Start-up error: ${where} could not be opened or migrated`, getDbHandle);
  await step('Start-up error: the sign-in store could not be prepared', getAuth);
  await step('Start-up error: the DASHBOARD_ADMIN_EMAIL account could not be ensured', () => ensureBootstrapAdmin(config));
  if (config.sandboxEnabled) {
    const { prepareSandbox } = await import('../sandbox/control/startup');
    await step('Start-up error: the sandbox organization could not be seeded', () => prepareSandbox(handle.db));
    // Builds the usage catalogue and the recent days once, so the first usage pages are fast.
    const { warmUsageEngine } = await import('../sandbox/usage/warm');
    await step('Start-up error: the sandbox usage data could not be prepared', () => warmUsageEngine(handle.db));
  }
  const upstream = config.usesSandbox ? 'the built-in sandbox organization' : new URL(config.upstreamBaseUrl).host;
  console.log(`Console ready: managing ${upstream}; data in ${where}.`);
  (await import('./directory/warm')).warmDirectoryInBackground();
}

/** Runs one start-up step; a failure stops the start with one line saying which step and why. */
async function step<T>(failure: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return stop(`${failure}: ${reason}`);
  }
}
