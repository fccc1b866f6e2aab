import type { CsvColumn } from '@/lib/format/csv';
import type { ProjectRateLimit } from '@/lib/queries/project-limits';

/*
 * The logic under the rate-limits tab: which limits a model has, how a typed value is read and
 * checked, and what a save would change (old → new). Pure, so it is tested without a browser.
 */

/** Every limit a project rate limit can carry, in the API's order, with how people read it. */
export const RATE_LIMIT_FIELDS = [
  { field: 'max_requests_per_1_minute', label: 'Requests per minute', short: 'Requests/min' },
  { field: 'max_tokens_per_1_minute', label: 'Tokens per minute', short: 'Tokens/min' },
  { field: 'max_images_per_1_minute', label: 'Images per minute', short: 'Images/min' },
  { field: 'max_audio_megabytes_per_1_minute', label: 'Audio megabytes per minute', short: 'Audio MB/min' },
  { field: 'max_requests_per_1_day', label: 'Requests per day', short: 'Requests/day' },
  { field: 'batch_1_day_max_input_tokens', label: 'Batch input tokens per day', short: 'Batch tokens/day' },
] as const satisfies readonly { field: keyof ProjectRateLimit; label: string; short: string }[];

export type RateLimitField = (typeof RATE_LIMIT_FIELDS)[number]['field'];
export type RateLimitChanges = Partial<Record<RateLimitField, number>>;
/** What the person typed, field by field. */
export type RateLimitDraft = Partial<Record<RateLimitField, string>>;
/** The organization's own limit per field, when something tells us (the Admin API does not). */
export type RateLimitCeilings = Partial<Record<RateLimitField, number>>;

export const fieldLabel = (field: RateLimitField) =>
  RATE_LIMIT_FIELDS.find((f) => f.field === field)?.label ?? field;

export const isRateLimitField = (name: string | null | undefined): name is RateLimitField =>
  RATE_LIMIT_FIELDS.some((f) => f.field === name);

/** The limits this model has: the API leaves out the ones that do not apply to it. */
export function fieldsOf(limit: ProjectRateLimit): RateLimitField[] {
  return RATE_LIMIT_FIELDS.map((f) => f.field).filter((field) => typeof limit[field] === 'number');
}

/** A limit as people read it: 1,000,000. */
export const formatLimit = (value: number | undefined) =>
  value === undefined ? '—' : value.toLocaleString('en-US');

export type ParsedLimit = { ok: true; value: number } | { ok: false; error: string };

/** Reads a typed limit; thousands separators (`1,000`, `1 000`, `1_000`) are allowed. */
export function parseLimit(text: string): ParsedLimit {
  const compact = text.trim().replace(/[\s,_]/g, '');
  if (compact === '') return { ok: false, error: 'Enter a limit.' };
  if (!/^-?\d+(\.\d+)?$/.test(compact))
    return { ok: false, error: 'Enter a whole number, like 500 or 1,000,000.' };
  const value = Number(compact);
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, error: 'That number is too large.' };
  // Plain checks, not zod: a client-only hint (the API checks the value), kept out of the page's first load.
  if (!Number.isInteger(value)) return { ok: false, error: 'Enter a whole number.' };
  // 0 or less would not be a limit but a block.
  if (value < 1) return { ok: false, error: 'A limit must be 1 or more. To stop the project using a model, use Permissions instead.' };
  return { ok: true, value };
}

export interface LimitChange {
  field: RateLimitField;
  label: string;
  from: number | undefined;
  to: number;
}

export interface DraftCheck {
  errors: Partial<Record<RateLimitField, string>>;
  /** Only the limits whose value differs from the current one, in the API's order. */
  changes: LimitChange[];
  valid: boolean;
}

/** Checks every field of the draft against the rules and the ceilings we know, and lists the changes. */
export function checkDraft(
  limit: ProjectRateLimit,
  draft: RateLimitDraft,
  ceilings: RateLimitCeilings = {},
): DraftCheck {
  const errors: DraftCheck['errors'] = {};
  const changes: LimitChange[] = [];
  for (const field of fieldsOf(limit)) {
    const text = draft[field];
    if (text === undefined) continue;
    const parsed = parseLimit(text);
    if (!parsed.ok) {
      errors[field] = parsed.error;
      continue;
    }
    const ceiling = ceilings[field];
    if (ceiling !== undefined && parsed.value > ceiling) {
      errors[field] = `At most ${formatLimit(ceiling)}: the organization's own limit for ${limit.model}.`;
      continue;
    }
    if (parsed.value !== limit[field]) {
      changes.push({ field, label: fieldLabel(field), from: limit[field], to: parsed.value });
    }
  }
  return { errors, changes, valid: Object.keys(errors).length === 0 };
}

/** The request body for the changes: only what changed. */
export function changesBody(changes: readonly LimitChange[]): RateLimitChanges {
  return Object.fromEntries(changes.map((c) => [c.field, c.to]));
}

/** The form's starting text: each limit the model has, as it is now. */
export function draftOf(limit: ProjectRateLimit): RateLimitDraft {
  return Object.fromEntries(fieldsOf(limit).map((field) => [field, formatLimit(limit[field])]));
}

/** How a change reads in a sentence or a toast: `Tokens per minute 30,000 → 20,000`. */
export const describeChange = (change: LimitChange) =>
  `${change.label} ${formatLimit(change.from)} → ${formatLimit(change.to)}`;

/** Search by model name: every word must appear. */
export function searchRateLimits(limits: readonly ProjectRateLimit[], q: string): ProjectRateLimit[] {
  const words = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...limits];
  return limits.filter((limit) => words.every((word) => limit.model.toLowerCase().includes(word)));
}

export const RATE_LIMIT_CSV_COLUMNS: readonly CsvColumn<ProjectRateLimit>[] = [
  { header: 'Model', value: (row) => row.model },
  ...RATE_LIMIT_FIELDS.map(({ field, label }) => ({ header: label, value: (row: ProjectRateLimit) => row[field] })),
  { header: 'Rate limit id', value: (row) => row.id },
];
