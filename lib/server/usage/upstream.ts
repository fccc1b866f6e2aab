import 'server-only';
import type OpenAI from 'openai';
import { MAX_BUCKETS_PER_PAGE, MAX_COST_DAYS_PER_PAGE } from '@/lib/insights/catalogue';
import type { UsageType } from '@/lib/insights/types';
import { inUpstreamSlot, type Tally } from '../upstream-gate';
import type { UpstreamSpec } from './spec';
import type { FetchWindow } from './windows';

/*
 * One window read from upstream through the official SDK: one request, in one of the process's
 * upstream slots. Should upstream still page inside the window (more results than fit one page),
 * its `next_page` is followed. The SDK retries reads (429 honouring Retry-After, 5xx, timeouts).
 */

export type UpstreamResult = Record<string, unknown>;

export interface UpstreamBucket {
  start_time: number;
  end_time: number;
  results: UpstreamResult[];
}

interface UpstreamPage {
  data: UpstreamBucket[];
  has_more: boolean;
  next_page: string | null;
}

/** The SDK method of each usage type (the sandbox's SDK tests call them the same way). */
export const SDK_METHOD: Record<UsageType, keyof OpenAI['admin']['organization']['usage']> = {
  completions: 'completions',
  embeddings: 'embeddings',
  moderations: 'moderations',
  images: 'images',
  audio_speeches: 'audioSpeeches',
  audio_transcriptions: 'audioTranscriptions',
  vector_stores: 'vectorStores',
  code_interpreter_sessions: 'codeInterpreterSessions',
  file_search_calls: 'fileSearchCalls',
  web_search_calls: 'webSearchCalls',
};

type PageCall = (query: Record<string, unknown>) => Promise<UpstreamPage>;

function pageCall(client: OpenAI, endpoint: string): PageCall {
  const usage = client.admin.organization.usage;
  const method = endpoint === 'costs' ? usage.costs : usage[SDK_METHOD[endpoint as UsageType]];
  return method.bind(usage) as unknown as PageCall;
}

/** Buckets one page holds at most for this endpoint and width. */
export function bucketsPerPage(spec: Pick<UpstreamSpec, 'endpoint' | 'width'>): number {
  return spec.endpoint === 'costs' ? MAX_COST_DAYS_PER_PAGE : MAX_BUCKETS_PER_PAGE[spec.width];
}

/** The window's buckets as upstream answers them (a bucket split over pages is joined again). */
export async function fetchWindow(
  client: OpenAI,
  spec: UpstreamSpec,
  window: FetchWindow,
  tally: Tally,
): Promise<UpstreamBucket[]> {
  const call = pageCall(client, spec.endpoint);
  const query: Record<string, unknown> = {
    start_time: window.start,
    end_time: window.end,
    bucket_width: spec.width,
    limit: window.buckets,
    ...(spec.groupBy.length > 0 ? { group_by: spec.groupBy } : {}),
    ...spec.filters,
  };
  const byStart = new Map<number, UpstreamBucket>();
  const seen = new Set<string>();
  let page: string | null = null;
  do {
    const asked: Record<string, unknown> = page ? { ...query, page } : query;
    const answer: UpstreamPage = await inUpstreamSlot(() => {
      tally.requests++;
      return call(asked);
    });
    for (const bucket of answer.data) {
      const known = byStart.get(bucket.start_time);
      if (known) known.results.push(...bucket.results);
      else byStart.set(bucket.start_time, { start_time: bucket.start_time, end_time: bucket.end_time, results: [...bucket.results] });
    }
    page = answer.has_more ? answer.next_page : null;
    if (page !== null && seen.has(page)) throw new Error(`Upstream ${spec.endpoint} repeated its page token.`);
    if (page !== null) seen.add(page);
  } while (page);
  return [...byStart.values()].sort((a, b) => a.start_time - b.start_time);
}
