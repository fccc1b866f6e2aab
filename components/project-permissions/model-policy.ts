import type { ModelPolicy, ProjectApiKey, UsageRow } from '@/lib/queries/project-limits';

/*
 * Model access: what a policy blocks, and which of the project's keys used a model it would block
 * in the last days (the preview before saving). Pure, so it is tested without a browser.
 */

export type PolicyMode = ModelPolicy['mode'];

export const MODE_LABELS: Record<PolicyMode, string> = {
  allow_list: 'Allow list',
  deny_list: 'Deny list',
};

const SNAPSHOT_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a listed model covers a model used: the same id, or a dated snapshot of a listed model
 * (`gpt-4o-2024-08-06` under `gpt-4o`). The second is an assumption about the API, chosen so the
 * preview errs towards naming a key rather than missing one on a deny list.
 */
export function listCovers(modelIds: readonly string[], model: string): boolean {
  return modelIds.includes(model) || modelIds.includes(model.replace(SNAPSHOT_SUFFIX, ''));
}

/** Whether the policy stops the project using the model. */
export function isBlocked(policy: Pick<ModelPolicy, 'mode' | 'model_ids'>, model: string): boolean {
  const listed = listCovers(policy.model_ids, model);
  return policy.mode === 'allow_list' ? !listed : listed;
}

/** A sentence for the policy as it stands. */
export function describePolicy(policy: Pick<ModelPolicy, 'mode' | 'model_ids'>): string {
  const n = policy.model_ids.length;
  if (policy.mode === 'deny_list')
    return n === 0 ? 'Every model is allowed.' : `Every model except ${n === 1 ? 'this one' : `these ${n}`} is allowed.`;
  return n === 0 ? 'No model is allowed: every request is refused.' : `Only ${n === 1 ? 'this model is' : `these ${n} models are`} allowed.`;
}

/** The models to pick from: the project's (rate limits), the ones used, and the ones listed now. */
export function modelChoices(...sources: readonly (readonly string[])[]): string[] {
  return [...new Set(sources.flat().map((m) => m.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** A model id someone may type for a model not in the list: no spaces, nothing exotic. */
export const isModelId = (text: string) => /^[A-Za-z0-9][A-Za-z0-9_.:\-/]{0,255}$/.test(text.trim());

export interface PolicyDiff {
  modeChanged: boolean;
  added: string[];
  removed: string[];
  unchanged: boolean;
}

export function policyDiff(current: Pick<ModelPolicy, 'mode' | 'model_ids'>, next: Pick<ModelPolicy, 'mode' | 'model_ids'>): PolicyDiff {
  const added = next.model_ids.filter((m) => !current.model_ids.includes(m));
  const removed = current.model_ids.filter((m) => !next.model_ids.includes(m));
  const modeChanged = current.mode !== next.mode;
  return { modeChanged, added, removed, unchanged: !modeChanged && added.length === 0 && removed.length === 0 };
}

export interface AffectedKey {
  /** null: usage recorded without a key. */
  keyId: string | null;
  name: string;
  owner: string | null;
  /** The key is no longer in the project's list (deleted or revoked). */
  deleted: boolean;
  models: { model: string; requests: number }[];
  requests: number;
}

/** A key as people know it: its name and its owner's, or what is left of a deleted one. */
function keyLabel(keyId: string | null, keys: ReadonlyMap<string, ProjectApiKey>) {
  if (keyId === null) return { name: 'Requests without an API key', owner: null, deleted: false };
  const key = keys.get(keyId);
  if (!key) return { name: 'Deleted key', owner: null, deleted: true };
  const owner = key.owner.user?.name || key.owner.user?.email || key.owner.service_account?.name || null;
  return { name: key.name || key.redacted_value, owner, deleted: false };
}

/**
 * The project's keys that sent requests to a model the policy would block, with those models and
 * request counts, most requests first. Rows without requests do not count.
 */
export function blockedKeys(
  usage: readonly UsageRow[],
  policy: Pick<ModelPolicy, 'mode' | 'model_ids'>,
  keys: readonly ProjectApiKey[],
): AffectedKey[] {
  const byId = new Map(keys.map((k) => [k.id, k]));
  const found = new Map<string, AffectedKey>();
  for (const row of usage) {
    if (!row.model || row.num_model_requests <= 0 || !isBlocked(policy, row.model)) continue;
    const keyId = row.api_key_id ?? null;
    const mapKey = keyId ?? '';
    let entry = found.get(mapKey);
    if (!entry) {
      entry = { keyId, ...keyLabel(keyId, byId), models: [], requests: 0 };
      found.set(mapKey, entry);
    }
    const model = entry.models.find((m) => m.model === row.model);
    if (model) model.requests += row.num_model_requests;
    else entry.models.push({ model: row.model, requests: row.num_model_requests });
    entry.requests += row.num_model_requests;
  }
  const out = [...found.values()];
  for (const entry of out) entry.models.sort((a, b) => b.requests - a.requests || a.model.localeCompare(b.model));
  return out.sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));
}

/** The usage window of the preview: 1d buckets from the start of the day six days ago (UTC), so 7 buckets. */
export function lastSevenDays(now: Date = new Date()) {
  const day = 86_400;
  const today = Math.floor(now.getTime() / 1000 / day) * day;
  return { start_time: today - 6 * day, bucket_width: '1d' as const, limit: 7 };
}
