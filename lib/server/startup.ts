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
  } catch (err) {
    if (err instanceof ConfigError) stop(err.message);
    throw err;
  }
  try {
    const handle = await getDbHandle();
    await getAuth();
    await ensureBootstrapAdmin(config);
    if (config.sandboxEnabled) {
      const { ensureSandboxSeeded } = await import('../sandbox/seed');
      await ensureSandboxSeeded(handle.db);
    }
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    const upstream = config.usesSandbox ? 'the built-in sandbox organization' : new URL(config.upstreamBaseUrl).host;
    console.log(`Console ready: managing ${upstream}; data in ${where}.`);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const target = config.databaseUrl ? 'DATABASE_URL' : 'DATA_DIR';
    stop(`Start-up error: the database could not be opened or migrated (${target}): ${reason}`);
  }
}
