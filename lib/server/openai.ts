import 'server-only';
import OpenAI from 'openai';
import { getSandboxAdminKey } from '../sandbox/auth';
import { getConfig } from './config';
import { getDb } from './db';

/**
 * Each upstream request times out after UPSTREAM_TIMEOUT_MS (30 s by default); the SDK retries
 * reads (429 honouring Retry-After, 5xx, timeouts), never changes (pipeline.ts sends those once).
 */
export const READ_RETRIES = 2;

/**
 * Request option for the SDK's generic get/post/delete: authenticate with the admin key, as the
 * SDK's own `client.admin.organization.*` methods do (the generic methods default to apiKey).
 */
export const ADMIN_AUTH = { __security: { adminAPIKeyAuth: true } } as const;

export interface UpstreamTarget {
  baseURL: string;
  adminKey: string;
}

/**
 * The one place the organization's admin key is read. With no OPENAI_ADMIN_KEY the console talks
 * to its built-in sandbox organization over HTTP, with the sandbox's own key.
 */
export async function resolveUpstream(): Promise<UpstreamTarget> {
  const config = getConfig();
  const adminKey = process.env.OPENAI_ADMIN_KEY?.trim();
  if (adminKey) return { baseURL: config.upstreamBaseUrl, adminKey };
  return { baseURL: config.upstreamBaseUrl, adminKey: await getSandboxAdminKey(await getDb()) };
}

export function createUpstreamClient(target: UpstreamTarget): OpenAI {
  return new OpenAI({
    adminAPIKey: target.adminKey,
    apiKey: null,
    // Never let stray OPENAI_ORG_ID / OPENAI_PROJECT_ID variables scope admin calls.
    organization: null,
    project: null,
    baseURL: target.baseURL,
    timeout: getConfig().upstreamTimeoutMs,
    maxRetries: READ_RETRIES,
  });
}

// Cached per module, not on globalThis: Next bundles the SDK once per route, and errors must be
// thrown by the same copy of the SDK that upstream-errors.ts checks them against.
let client: Promise<OpenAI> | undefined;

export function getUpstreamClient(): Promise<OpenAI> {
  client ??= resolveUpstream().then(createUpstreamClient);
  client.catch(() => {
    client = undefined;
  });
  return client;
}
