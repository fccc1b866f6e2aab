import type { HttpMethod, OperationDef } from './operation';

/** What an id in a path may look like: no slashes, no dots alone, nothing to escape. */
export const PATH_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export interface MatchedOperation {
  operation: OperationDef;
  /** Path parameters by name, as they appeared (not yet validated: see invalidPathParam). */
  params: Record<string, string>;
}

interface CompiledTemplate {
  operation: OperationDef;
  segments: { literal: string | null; param: string | null }[];
  literalCount: number;
}

function compile(operation: OperationDef): CompiledTemplate {
  const segments = operation.path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part)?.[1] ?? null;
      return { literal: param ? null : part, param };
    });
  return { operation, segments, literalCount: segments.filter((s) => s.literal).length };
}

/**
 * Finds operations by method and path. Built once over the registry; a literal segment wins over
 * a parameter (`/certificates/activate` is not a certificate id).
 */
export function createMatcher(operations: readonly OperationDef[]) {
  const templates = operations
    .map(compile)
    .sort((a, b) => b.literalCount - a.literalCount);

  return function match(method: string, pathSegments: readonly string[]): MatchedOperation | null {
    const upper = method.toUpperCase() as HttpMethod;
    for (const template of templates) {
      if (template.operation.method !== upper || template.segments.length !== pathSegments.length) continue;
      const params: Record<string, string> = {};
      const fits = template.segments.every((segment, i) => {
        const actual = pathSegments[i] ?? '';
        if (segment.literal !== null) return segment.literal === actual;
        params[segment.param ?? ''] = actual;
        return actual.length > 0;
      });
      if (fits) return { operation: template.operation, params };
    }
    return null;
  };
}

/** The first path parameter that is not a well-formed id, or null when all are. */
export function invalidPathParam(params: Record<string, string>): string | null {
  for (const [name, value] of Object.entries(params)) {
    if (!PATH_ID_PATTERN.test(value)) return name;
  }
  return null;
}

/** The concrete path for a template and its parameters (each one encoded). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** Splits a path such as `/organization/projects/proj_1` into its segments. */
export function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}
