import 'server-only';
import { invalidRequest } from '../../errors';
import { RATE_LIMIT_ID_PREFIX, type ProjectRateLimit } from './kinds';
import { MODEL_CATALOGUE, type CatalogueModel, type ModelLimits } from './models';

/** Every limit a project rate limit can carry, in the order the API lists them. */
export const RATE_LIMIT_FIELDS = [
  'max_requests_per_1_minute',
  'max_tokens_per_1_minute',
  'max_images_per_1_minute',
  'max_audio_megabytes_per_1_minute',
  'max_requests_per_1_day',
  'batch_1_day_max_input_tokens',
] as const satisfies readonly (keyof ModelLimits)[];

export type RateLimitField = (typeof RATE_LIMIT_FIELDS)[number];
export type RateLimitChanges = Partial<Record<RateLimitField, number>>;

export const rateLimitId = (modelId: string) => `${RATE_LIMIT_ID_PREFIX}${modelId}`;

const MODELS_BY_RATE_LIMIT_ID = new Map(MODEL_CATALOGUE.map((m) => [rateLimitId(m.id), m]));

/** The model a rate limit id (`rl-gpt-4o`) stands for, if it is one of the catalogue's. */
export function modelOfRateLimit(id: string): CatalogueModel | undefined {
  return MODELS_BY_RATE_LIMIT_ID.get(id);
}

/** A project's rate limit for a model, with the given limits (the organization's by default). */
export function rateLimitObject(
  model: CatalogueModel,
  limits: ModelLimits = model.limits,
): ProjectRateLimit {
  const object: ProjectRateLimit = {
    object: 'project.rate_limit',
    id: rateLimitId(model.id),
    model: model.id,
    max_requests_per_1_minute: limits.max_requests_per_1_minute,
    max_tokens_per_1_minute: limits.max_tokens_per_1_minute,
  };
  // Only the limits that apply to the model appear at all.
  for (const field of RATE_LIMIT_FIELDS) {
    const value = limits[field];
    if (model.limits[field] !== undefined && value !== undefined) object[field] = value;
  }
  return object;
}

/**
 * Checks requested limits against the model: each must be one the model has, at least 1, and at
 * most the organization's own limit for the model (a project can only be given less).
 */
export function checkRateLimitChanges(model: CatalogueModel, changes: RateLimitChanges): void {
  for (const field of RATE_LIMIT_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    const ceiling = model.limits[field];
    if (ceiling === undefined) {
      throw invalidRequest(
        `Invalid '${field}': the rate limit for ${model.id} has no such limit.`,
        field,
        'invalid_value',
      );
    }
    if (value < 1) {
      throw invalidRequest(
        `Invalid '${field}': integer below minimum value. Expected a value >= 1, but got ${value} instead.`,
        field,
        'integer_below_min_value',
      );
    }
    if (value > ceiling) {
      throw invalidRequest(
        `Invalid '${field}': ${value} is above the organization's limit of ${ceiling} for ${model.id}. A project's rate limits cannot exceed the organization's.`,
        field,
        'integer_above_max_value',
      );
    }
  }
}
