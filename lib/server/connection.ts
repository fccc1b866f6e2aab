import 'server-only';
import { describeUpstream, getConfig } from './config';
import { ADMIN_AUTH, getUpstreamClient } from './openai';
import { mapUpstreamError } from './proxy/upstream-errors';

export interface ConnectionStatus {
  sandbox: boolean;
  upstreamUrl: string;
  reachable: boolean;
  latencyMs: number | null;
  /** What went wrong, in words, when not reachable. */
  problem: string | null;
}

/** One cheap read (the first project) to tell whether the organization answers with our key. */
export async function checkConnection(): Promise<ConnectionStatus> {
  const config = getConfig();
  const base = { sandbox: config.usesSandbox, upstreamUrl: config.upstreamBaseUrl };
  const started = performance.now();
  try {
    const client = await getUpstreamClient();
    await client.get('/organization/projects', { ...ADMIN_AUTH, query: { limit: 1 }, maxRetries: 0, timeout: 5_000 });
    return { ...base, reachable: true, latencyMs: Math.round(performance.now() - started), problem: null };
  } catch (err) {
    return { ...base, reachable: false, latencyMs: null, problem: mapUpstreamError(err, false, describeUpstream(config)).error.message };
  }
}
