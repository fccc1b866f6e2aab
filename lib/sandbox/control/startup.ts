import 'server-only';
import { ConfigError } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { faultSharesFromEnv } from '../faults/setting';
import { FaultSpecError } from '../faults/spec';
import { ensureSandboxSeeded } from '../seed';
import { resetSandbox } from './reset';

type Env = Record<string, string | undefined>;

/**
 * Checks the sandbox's own variables; throws ConfigError (one line naming the variable) when one
 * is wrong. SANDBOX_FAULTS: faults for a share of requests (faults/shares.ts).
 * SANDBOX_RESET_ON_START=true: every start puts the sandbox back to a fresh seed.
 */
export function checkSandboxEnv(env: Env = process.env): { resetOnStart: boolean } {
  try {
    faultSharesFromEnv(env);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new ConfigError('SANDBOX_FAULTS', `is not valid: ${error.message}`);
    throw error;
  }
  const raw = env.SANDBOX_RESET_ON_START?.trim().toLowerCase() ?? '';
  if (['', 'false', '0', 'no'].includes(raw)) return { resetOnStart: false };
  if (['true', '1', 'yes'].includes(raw)) return { resetOnStart: true };
  throw new ConfigError('SANDBOX_RESET_ON_START', `must be true or false (got "${env.SANDBOX_RESET_ON_START}").`);
}

/**
 * What start-up runs when the sandbox is enabled (in place of ensureSandboxSeeded): with
 * SANDBOX_RESET_ON_START it first resets to a seed counted back from today, then seeds whatever
 * is missing. Must run before anything else in the process asked for the sandbox organization.
 */
export async function prepareSandbox(db: Db, env: Env = process.env): Promise<void> {
  const { resetOnStart } = checkSandboxEnv(env);
  if (resetOnStart) {
    const { organization, durationMs } = await resetSandbox(db, { rebase: true });
    console.log(`Sandbox reset to its ${organization.preset ?? 'default'} seed in ${durationMs} ms (SANDBOX_RESET_ON_START).`);
  }
  await ensureSandboxSeeded(db);
}
