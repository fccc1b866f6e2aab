import 'server-only';
import os from 'node:os';
import path from 'node:path';

/** A configuration problem, said in one line that names the variable. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export interface ConsoleConfig {
  /** Whether OPENAI_ADMIN_KEY is set (its value is read only by lib/server/openai.ts). */
  adminKeyConfigured: boolean;
  upstreamBaseUrl: string;
  /** True when requests go to the built-in sandbox organization rather than OpenAI. */
  usesSandbox: boolean;
  sandboxEnabled: boolean;
  sandboxAdminKey: string | null;
  /** How big the seeded sandbox organization is (SANDBOX_PRESET). */
  sandboxPreset: 'default' | 'large';
  databaseUrl: string | null;
  dataDir: string;
  bootstrapAdmin: { email: string; password: string } | null;
  port: number;
  hostname: string;
  /** The origin people reach the console at (CONSOLE_URL), when configured. */
  publicOrigin: string | null;
  /** Where this server answers on this machine, e.g. http://127.0.0.1:3000. */
  localOrigin: string;
  /** The only origins changes may come from: CONSOLE_URL's, or loopback on PORT. */
  allowedOrigins: string[];
  /** A user's identical change again within this many seconds is refused (MUTATION_DUPLICATE_SECONDS; 0 = off). */
  mutationDuplicateSeconds: number;
  /** Changes one console user may send per minute (MUTATION_RATE_PER_MINUTE). */
  mutationsPerMinute: number;
  /** Most upstream calls in flight at once, reads and changes together (UPSTREAM_CONCURRENCY). */
  upstreamConcurrency: number;
  authSecret: string | null;
  /** The Admin API does not say the organization's name; OPENAI_ORGANIZATION_NAME can. */
  organizationName: string | null;
  /** A session not used for this long ends (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, used or not (SESSION_MAX_HOURS). */
  sessionMaxHours: number;
  /** The most destructive operations need a sign-in (or password confirmation) this recent (FRESH_SIGN_IN_MINUTES). */
  freshSignInMinutes: number;
  /** How long after its end a usage or costs bucket may still change upstream (USAGE_OPEN_BUCKET_SECONDS). */
  usageOpenBucketSeconds: number;
  /** How long one upstream request may take before the console gives up on it (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

const blank = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

function parseBoolean(env: Env, name: string): boolean | undefined {
  const raw = blank(env[name]);
  if (raw === undefined) return undefined;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}").`);
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = blank(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function parseUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = blank(env[name]);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL.');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}.`);
  }
  return raw;
}

function parsePreset(env: Env): 'default' | 'large' {
  const raw = blank(env.SANDBOX_PRESET) ?? 'default';
  if (raw === 'default' || raw === 'large') return raw;
  throw new ConfigError('SANDBOX_PRESET', `must be default or large (got "${raw}").`);
}

const isLoopback = (host: string) => /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/.test(host);

/** How to reach a listen address from this machine: the wildcard addresses via loopback, IPv6 in brackets. */
function localHost(hostname: string): string {
  if (['0.0.0.0', '::', '[::]'].includes(hostname)) return '127.0.0.1';
  return hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
}

export function parseConfig(env: Env): ConsoleConfig {
  const adminKey = blank(env.OPENAI_ADMIN_KEY) ?? null;
  if (adminKey !== null && !/^sk-[A-Za-z0-9_-]{8,}$/.test(adminKey)) {
    throw new ConfigError('OPENAI_ADMIN_KEY', 'does not look like an OpenAI admin key (it starts with "sk-admin-").');
  }
  const sandboxEnabled = parseBoolean(env, 'SANDBOX_ENABLED') ?? adminKey === null;
  if (adminKey === null && !sandboxEnabled) {
    throw new ConfigError('SANDBOX_ENABLED', 'can only be false when OPENAI_ADMIN_KEY is set (without a key the console manages the sandbox).');
  }
  const port = parseInteger(env, 'PORT', 3000, 1, 65535);
  // Docker and some shells export HOSTNAME as the machine's own name; that is not a listen address.
  const givenHost = blank(env.HOSTNAME);
  const hostname = givenHost && givenHost !== os.hostname() ? givenHost : '127.0.0.1';
  const loopback = isLoopback(hostname);

  const email = blank(env.DASHBOARD_ADMIN_EMAIL);
  const password = env.DASHBOARD_ADMIN_PASSWORD;
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new ConfigError('DASHBOARD_ADMIN_EMAIL', 'is not an email address.');
  }
  if (email !== undefined && !password) throw new ConfigError('DASHBOARD_ADMIN_PASSWORD', 'must be set when DASHBOARD_ADMIN_EMAIL is.');
  if (password && email === undefined) throw new ConfigError('DASHBOARD_ADMIN_EMAIL', 'must be set when DASHBOARD_ADMIN_PASSWORD is.');
  if (password && password.length < 12) throw new ConfigError('DASHBOARD_ADMIN_PASSWORD', 'must be at least 12 characters.');

  const sandboxAdminKey = blank(env.SANDBOX_ADMIN_KEY) ?? null;
  if (sandboxAdminKey !== null && sandboxAdminKey.length < 16) {
    throw new ConfigError('SANDBOX_ADMIN_KEY', 'must be at least 16 characters.');
  }
  const authSecret = blank(env.AUTH_SECRET) ?? null;
  if (authSecret !== null && authSecret.length < 32) throw new ConfigError('AUTH_SECRET', 'must be at least 32 characters.');

  const publicUrl = parseUrl(env, 'CONSOLE_URL', ['http:', 'https:']);
  if (!publicUrl && !loopback) {
    throw new ConfigError('CONSOLE_URL', `must be set when HOSTNAME (${hostname}) is not a loopback address: changes are only accepted from the address people use.`);
  }
  const localOrigin = `http://${localHost(hostname)}:${port}`;
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;

  return {
    adminKeyConfigured: adminKey !== null,
    upstreamBaseUrl: adminKey
      ? (parseUrl(env, 'OPENAI_BASE_URL', ['http:', 'https:']) ?? 'https://api.openai.com/v1').replace(/\/+$/, '')
      : `${localOrigin}/sandbox/v1`,
    usesSandbox: adminKey === null,
    sandboxEnabled,
    sandboxAdminKey,
    sandboxPreset: parsePreset(env),
    databaseUrl: parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']) ?? null,
    dataDir: path.resolve(/*turbopackIgnore: true*/ blank(env.DATA_DIR) ?? './data'),
    bootstrapAdmin: email && password ? { email: email.toLowerCase(), password } : null,
    port,
    hostname,
    publicOrigin,
    localOrigin,
    allowedOrigins: publicOrigin ? [publicOrigin] : [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`],
    mutationDuplicateSeconds: parseInteger(env, 'MUTATION_DUPLICATE_SECONDS', 5, 0, 600),
    mutationsPerMinute: parseInteger(env, 'MUTATION_RATE_PER_MINUTE', 30, 1, 100_000),
    upstreamConcurrency: parseInteger(env, 'UPSTREAM_CONCURRENCY', 6, 1, 64),
    authSecret,
    organizationName: blank(env.OPENAI_ORGANIZATION_NAME) ?? null,
    // Defaults in the range of admin consoles that hold a privileged credential: an hour idle,
    // a working day at most.
    sessionIdleMinutes: parseInteger(env, 'SESSION_IDLE_MINUTES', 60, 5, 60 * 24 * 7),
    sessionMaxHours: parseInteger(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    freshSignInMinutes: parseInteger(env, 'FRESH_SIGN_IN_MINUTES', 10, 1, 24 * 60),
    usageOpenBucketSeconds: parseInteger(env, 'USAGE_OPEN_BUCKET_SECONDS', 7200, 0, 7 * 86_400),
    upstreamTimeoutMs: parseInteger(env, 'UPSTREAM_TIMEOUT_MS', 30_000, 1_000, 600_000),
  };
}

let cached: ConsoleConfig | undefined;

/** The configuration of this process, read once from the environment. */
export function getConfig(): ConsoleConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Who answers upstream, for messages: OpenAI (at its host), or the built-in sandbox. */
export function describeUpstream(config: ConsoleConfig): { name: string; host: string } {
  const host = new URL(config.upstreamBaseUrl).host;
  return config.usesSandbox ? { name: 'The sandbox organization', host } : { name: 'OpenAI', host };
}
