import 'server-only';
import { invalidRequest } from '../errors';

/*
 * The time window of a usage or costs request: bucket width, limit (per width), the page token,
 * and which buckets this page holds. Buckets are aligned to their width in UTC; a bucket is shown
 * once it has started, so the last one is partial while it is still going on.
 */

export type BucketWidth = '1m' | '1h' | '1d';

export const WIDTH_SECONDS: Record<BucketWidth, number> = { '1m': 60, '1h': 3_600, '1d': 86_400 };

/** Buckets per page: default and maximum per width (usage); costs have their own. */
export const USAGE_LIMITS: Record<BucketWidth, { default: number; max: number }> = {
  '1d': { default: 7, max: 31 },
  '1h': { default: 24, max: 168 },
  '1m': { default: 60, max: 1440 },
};
export const COSTS_LIMITS = { default: 7, max: 180 };

export interface PageWindow {
  width: BucketWidth;
  /** Start of each bucket on this page (Unix seconds). */
  starts: number[];
  /** The next page's token, when more buckets remain. */
  nextPage: string | null;
}

const PAGE_PREFIX = 'page_';

/** An opaque token like the API's: the next bucket's start and the walk's fixed end. */
export function encodePageToken(nextStart: number, end: number): string {
  const bytes = Buffer.alloc(16);
  bytes.writeBigUInt64BE(BigInt(nextStart), 0);
  bytes.writeBigUInt64BE(BigInt(end), 8);
  return PAGE_PREFIX + bytes.toString('base64');
}

function decodePageToken(token: string): { next: number; end: number } | null {
  if (!token.startsWith(PAGE_PREFIX)) return null;
  const bytes = Buffer.from(token.slice(PAGE_PREFIX.length), 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== token.slice(PAGE_PREFIX.length)) return null;
  return { next: Number(bytes.readBigUInt64BE(0)), end: Number(bytes.readBigUInt64BE(8)) };
}

const tooBig = (limit: number, max: number, width: string) =>
  invalidRequest(
    `Invalid 'limit': integer above maximum value. Expected a value <= ${max} for bucket_width '${width}', but got ${limit} instead.`,
    'limit',
    'integer_above_max_value',
  );

export function pageWindow(
  query: Record<string, unknown>,
  now: number,
  limits: (width: BucketWidth) => { default: number; max: number },
): PageWindow {
  const width = (query.bucket_width as BucketWidth | undefined) ?? '1d';
  const seconds = WIDTH_SECONDS[width];
  const { default: fallback, max } = limits(width);
  const limit = typeof query.limit === 'number' ? query.limit : fallback;
  if (limit > max) throw tooBig(limit, max, width);
  const startTime = Number(query.start_time);
  const endTime = typeof query.end_time === 'number' ? query.end_time : undefined;
  if (endTime !== undefined && endTime <= startTime)
    throw invalidRequest(`Invalid 'end_time': it must be after 'start_time' (${startTime}).`, 'end_time', 'invalid_value');

  const first = Math.floor(startTime / seconds) * seconds;
  // Buckets run up to end_time (exclusive) and never past the one now falls in.
  let end = Math.min(endTime ?? Infinity, now + 1);
  let next = first;
  if (typeof query.page === 'string') {
    const token = decodePageToken(query.page);
    if (!token || token.next < first || token.next % seconds !== 0)
      throw invalidRequest(`Invalid 'page': '${query.page}' is not a page of this query.`, 'page', 'invalid_value');
    next = token.next;
    end = token.end;
  }
  const starts: number[] = [];
  while (starts.length < limit && next < end) {
    starts.push(next);
    next += seconds;
  }
  return { width, starts, nextPage: next < end ? encodePageToken(next, end) : null };
}
