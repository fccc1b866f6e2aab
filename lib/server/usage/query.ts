import 'server-only';
import type { z } from 'zod';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import {
  COSTS_INFO,
  DEFAULT_TOP,
  MAX_BUCKETS_PER_ANSWER,
  MAX_TOP,
  USAGE_TYPE_INFO,
  type UsageTypeInfo,
} from '@/lib/insights/catalogue';
import { BUCKET_WIDTHS, USAGE_TYPES, type BucketWidth, type UsageType } from '@/lib/insights/types';
import { firstIssue, parseQuery } from '../proxy/request-input';
import { WIDTH_SECONDS } from './windows';

/*
 * The query of /api/insights/usage and /api/insights/costs, checked before anything is sent: the
 * engine's own parameters (type, start, end, width, top), then group_by and the filters through the
 * registry's schema of the matching Admin API operation, so nothing the API would refuse goes out.
 */

export type FilterValue = string[] | boolean;

export interface InsightQuery {
  kind: 'usage' | 'costs';
  type: UsageType | 'costs';
  info: UsageTypeInfo;
  width: BucketWidth;
  start: number;
  end: number;
  /** As asked (duplicates dropped): the order of the labels' parts. */
  groupBy: string[];
  /** The API's filter parameters, values sorted. */
  filters: Record<string, FilterValue>;
  top: number;
}

/** Input refused before anything is sent (the route answers 400 with `param`). */
export class InsightQueryError extends Error {
  constructor(message: string, readonly param: string | null = null) {
    super(message);
  }
}

const ENGINE_PARAMS = ['type', 'start', 'end', 'width', 'top'];

const typeName = (kind: 'usage' | 'costs', type: string) =>
  kind === 'costs' ? 'costs' : `${type.replace(/_/g, ' ')} usage`;

function single(raw: Record<string, string | string[]>, name: string): string | undefined {
  const value = raw[name];
  if (Array.isArray(value)) throw new InsightQueryError(`${name}: give it once.`, name);
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A whole number from `min` to `max`, or undefined when not given. */
export function integer(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InsightQueryError(`${name}: expected a whole number from ${min} to ${max}, got '${text}'.`, name);
  return value;
}

function usageType(raw: Record<string, string | string[]>): UsageType {
  const type = single(raw, 'type');
  if (type === undefined) throw new InsightQueryError(`type: required, one of ${USAGE_TYPES.join(', ')}.`, 'type');
  const found = USAGE_TYPES.find((t) => t === type);
  if (!found) throw new InsightQueryError(`type: '${type}' is not a usage type; use one of ${USAGE_TYPES.join(', ')}.`, 'type');
  return found;
}

/** Refuses group_by values and filters the type does not have, saying which it has. */
function checkShape(raw: Record<string, string | string[]>, kind: 'usage' | 'costs', type: string, info: UsageTypeInfo) {
  const what = typeName(kind, type);
  for (const key of Object.keys(raw)) {
    if (ENGINE_PARAMS.includes(key) || key === 'group_by' || info.filters.includes(key)) continue;
    throw new InsightQueryError(
      `${key}: ${what} has no such parameter; its filters are ${info.filters.join(', ')}.`,
      key,
    );
  }
  const groups = raw.group_by === undefined ? [] : ([] as string[]).concat(raw.group_by);
  for (const group of groups)
    if (!info.groupBy.includes(group))
      throw new InsightQueryError(
        `group_by: ${what} cannot be grouped by '${group}'; it can be grouped by ${info.groupBy.join(', ')}.`,
        'group_by',
      );
}

/**
 * What the registry's schema refused, in words. A repeated parameter is a union (one value or a
 * list), whose own message is only "Invalid input": the branch that says more is used instead.
 */
function explain(error: z.ZodError): { message: string; param: string } {
  const top = error.issues[0];
  if (top?.code !== 'invalid_union') return firstIssue(error);
  const nested = top.errors.flat();
  const telling =
    nested.find((issue) => issue.code === 'invalid_value') ??
    nested.find((issue) => !(issue.code === 'invalid_type' && issue.expected === 'array'));
  if (!telling) return firstIssue(error);
  const param = [...top.path, ...telling.path].map(String).join('.');
  const message =
    telling.code === 'invalid_value' ? `expected one of ${telling.values.map(String).join(', ')}` : telling.message;
  return { param, message: `${param}: ${message}` };
}

/** Parses and checks the query of an insights route; throws InsightQueryError on bad input. */
export function parseInsightQuery(kind: 'usage' | 'costs', search: URLSearchParams, now: number): InsightQuery {
  const raw = parseQuery(search);
  const type = kind === 'costs' ? 'costs' : usageType(raw);
  if (kind === 'costs' && raw.type !== undefined) throw new InsightQueryError('type: costs have no type.', 'type');
  const info = type === 'costs' ? COSTS_INFO : USAGE_TYPE_INFO[type];
  checkShape(raw, kind, type, info);

  const widthText = single(raw, 'width') ?? '1d';
  const width = BUCKET_WIDTHS.find((w) => w === widthText);
  if (!width || (kind === 'costs' && width !== '1d'))
    throw new InsightQueryError(
      kind === 'costs' ? `width: costs are daily only (1d), got '${widthText}'.` : `width: expected 1m, 1h or 1d, got '${widthText}'.`,
      'width',
    );
  const start = integer(single(raw, 'start'), 'start', 0, 4_102_444_800);
  if (start === undefined) throw new InsightQueryError('start: required (Unix seconds).', 'start');
  const end = integer(single(raw, 'end'), 'end', 1, 4_102_444_800) ?? now;
  if (end <= start) throw new InsightQueryError(`end: must be after start (${start}).`, 'end');
  const seconds = WIDTH_SECONDS[width];
  const buckets = Math.ceil(end / seconds) - Math.floor(start / seconds);
  if (buckets > MAX_BUCKETS_PER_ANSWER)
    throw new InsightQueryError(
      `The range holds ${buckets.toLocaleString('en-US')} buckets of ${width}; at most ${MAX_BUCKETS_PER_ANSWER.toLocaleString('en-US')} fit one view. Narrow the range or use wider buckets.`,
      'start',
    );
  const top = integer(single(raw, 'top'), 'top', 1, MAX_TOP) ?? DEFAULT_TOP;

  // The registry's schema of the API operation is the authority on values (ids, enums, booleans).
  const apiQuery: Record<string, unknown> = { start_time: String(start), end_time: String(end), bucket_width: width };
  for (const [key, value] of Object.entries(raw)) if (!ENGINE_PARAMS.includes(key)) apiQuery[key] = value;
  const schema = OPERATIONS_BY_NAME.get(info.operation)?.query;
  if (!schema) throw new Error(`The registry has no ${info.operation}.`);
  const parsed = schema.safeParse(apiQuery);
  if (!parsed.success) {
    const { message, param } = explain(parsed.error);
    throw new InsightQueryError(message, param);
  }
  const data = parsed.data as Record<string, unknown>;
  const filters: Record<string, FilterValue> = {};
  for (const name of info.filters) {
    const value = data[name];
    if (typeof value === 'boolean') filters[name] = value;
    else if (Array.isArray(value)) filters[name] = [...new Set(value.map(String))].sort();
  }
  const groupBy = [...new Set((data.group_by as string[] | undefined) ?? [])];
  return { kind, type, info, width, start, end, groupBy, filters, top };
}
