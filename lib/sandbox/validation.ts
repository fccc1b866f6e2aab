import 'server-only';
import type { z } from 'zod';
import { invalidRequest, type SandboxError } from './errors';

/** `messages[0].content`-style name for a path, as the API writes `param`. */
export function paramName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const quoteList = (values: readonly unknown[]) => {
  const quoted = values.map((v) => `'${String(v)}'`);
  return quoted.length <= 2
    ? quoted.join(' and ')
    : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
};

/** Turns a zod issue into the API's 400, in the API's own wording where it has one. */
export function issueToError(issue: z.core.$ZodIssue, input: unknown): SandboxError {
  const param = paramName(issue.path);
  const value = valueAt(input, issue.path);
  const size =
    typeof value === 'string' ? value.length : Array.isArray(value) ? value.length : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return invalidRequest(
          `Missing required parameter: '${param}'.`,
          param,
          'missing_required_parameter',
        );
      return invalidRequest(
        `Invalid type for '${param}': expected ${issue.expected}, but got ${describeType(value)} instead.`,
        param,
        'invalid_type',
      );
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') {
        return invalidRequest(
          `Invalid '${param}': ${issue.origin === 'string' ? 'string too short' : 'array too short'}. Expected ${issue.origin === 'string' ? 'a string' : 'an array'} with minimum length ${issue.minimum}, but got ${issue.origin === 'string' ? 'a string' : 'an array'} with length ${size ?? 0} instead.`,
          param,
          'invalid_value',
        );
      }
      return invalidRequest(
        `Invalid '${param}': integer below minimum value. Expected a value >= ${issue.minimum}, but got ${String(value)} instead.`,
        param,
        'integer_below_min_value',
      );
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') {
        return invalidRequest(
          `Invalid '${param}': ${issue.origin} too long. Expected ${issue.origin === 'string' ? 'a string' : 'an array'} with maximum length ${issue.maximum}, but got ${issue.origin === 'string' ? 'a string' : 'an array'} with length ${size ?? 0} instead.`,
          param,
          'invalid_value',
        );
      }
      return invalidRequest(
        `Invalid '${param}': integer above maximum value. Expected a value <= ${issue.maximum}, but got ${String(value)} instead.`,
        param,
        'integer_above_max_value',
      );
    case 'invalid_value':
      return invalidRequest(
        `Invalid value: '${String(value)}'. Supported values are: ${quoteList(issue.values)}.`,
        param,
        'invalid_value',
      );
    case 'invalid_union': {
      // Report the branch that got furthest (not the one that merely had the wrong type).
      const branches = issue.errors.flat();
      const inner = branches.find((i) => i.code !== 'invalid_type') ?? branches[0];
      if (inner) return issueToError({ ...inner, path: [...issue.path, ...inner.path] }, input);
      return invalidRequest(`Invalid value for '${param}'.`, param || null);
    }
    case 'unrecognized_keys':
      return invalidRequest(
        `Unrecognized request argument supplied: ${issue.keys.join(', ')}`,
        param || null,
      );
    default: {
      const message = issue.message.replace(/\.?$/, '.');
      return param
        ? invalidRequest(`Invalid '${param}': ${message}`, param)
        : invalidRequest(message);
    }
  }
}

/** Parses `input` with `schema`, or throws the API's 400 for the first problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw issue ? issueToError(issue, input) : invalidRequest('Invalid request.');
}
