import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { consoleSetting } from '@/lib/server/db/schema';
import { formatFaultShares, parseFaultShares, type FaultShare } from './shares';

/**
 * Which faults hit a share of requests. SANDBOX_FAULTS gives the default; a value set at run time
 * (control API, Settings card) is kept in console_setting and wins over it until cleared. An
 * empty stored value means "no faults", even when SANDBOX_FAULTS names some.
 */
export const SANDBOX_FAULTS_SETTING = 'sandbox_faults';

export type FaultSource = 'setting' | 'env' | 'none';

export interface FaultConfig {
  /** Canonical text, '' when there are none. */
  text: string;
  shares: FaultShare[];
  source: FaultSource;
  /** Counts the sets made in this process, so setting the same text again re-arms `times=N`
   * (adding faults does not: the ones already there keep their counts). */
  version: number;
}

const NONE: FaultConfig = { text: '', shares: [], source: 'none', version: 0 };
// Requests read the setting often (every request without a fault header); a second is fresh enough.
const CACHE_MS = 1000;
const cache = new WeakMap<Db, { at: number; config: FaultConfig }>();
const versions = new WeakMap<Db, number>();
let envWarned = false;

/** SANDBOX_FAULTS as configured; throws FaultSpecError when it does not parse. */
export function faultSharesFromEnv(env: Record<string, string | undefined> = process.env): FaultShare[] {
  return parseFaultShares(env.SANDBOX_FAULTS ?? '');
}

function envConfig(): FaultConfig {
  try {
    const shares = faultSharesFromEnv();
    return shares.length > 0 ? { ...NONE, text: formatFaultShares(shares), shares, source: 'env' } : NONE;
  } catch (error) {
    // Start-up refuses a bad SANDBOX_FAULTS (see control/startup.ts); this only guards the
    // servers that skip that check.
    if (!envWarned) console.error(`sandbox: SANDBOX_FAULTS ignored: ${(error as Error).message}`);
    envWarned = true;
    return NONE;
  }
}

async function loadFaultConfig(db: Db): Promise<FaultConfig> {
  const [row] = await db.select().from(consoleSetting).where(eq(consoleSetting.key, SANDBOX_FAULTS_SETTING));
  if (!row) return envConfig();
  try {
    const shares = parseFaultShares(row.value);
    return { ...NONE, text: formatFaultShares(shares), shares, source: 'setting' };
  } catch (error) {
    console.error(`sandbox: stored fault setting ignored: ${(error as Error).message}`);
    return { ...NONE, source: 'setting' };
  }
}

/** The faults for a share of requests in effect now. */
export async function readFaultConfig(db: Db, options: { fresh?: boolean } = {}): Promise<FaultConfig> {
  const cached = cache.get(db);
  if (!options.fresh && cached && Date.now() - cached.at < CACHE_MS) return cached.config;
  const config = { ...(await loadFaultConfig(db)), version: versions.get(db) ?? 0 };
  cache.set(db, { at: Date.now(), config });
  return config;
}

/**
 * Adds faults to those in effect, leaving theirs as they are (their `times=N` counts go on):
 * how parallel tests each aim a one-off fault at their own path without undoing another's.
 */
export async function addFaults(db: Db, text: string): Promise<FaultConfig> {
  const added = formatFaultShares(parseFaultShares(text));
  const current = (await readFaultConfig(db, { fresh: true })).text;
  return storeFaults(db, [current, added].filter(Boolean).join(','));
}

async function storeFaults(db: Db, value: string): Promise<FaultConfig> {
  await db
    .insert(consoleSetting)
    .values({ key: SANDBOX_FAULTS_SETTING, value })
    .onConflictDoUpdate({ target: consoleSetting.key, set: { value } });
  return readFaultConfig(db, { fresh: true });
}

/**
 * Sets the faults for a share of requests (text in the shares syntax; '' for none), or with null
 * goes back to SANDBOX_FAULTS. Throws FaultSpecError, storing nothing, when the text does not parse.
 */
export async function writeFaultConfig(db: Db, text: string | null): Promise<FaultConfig> {
  if (text === null) {
    await db.delete(consoleSetting).where(eq(consoleSetting.key, SANDBOX_FAULTS_SETTING));
  } else {
    const value = formatFaultShares(parseFaultShares(text));
    await db
      .insert(consoleSetting)
      .values({ key: SANDBOX_FAULTS_SETTING, value })
      .onConflictDoUpdate({ target: consoleSetting.key, set: { value } });
  }
  versions.set(db, (versions.get(db) ?? 0) + 1);
  return readFaultConfig(db, { fresh: true });
}
