import { describe, expect, it } from 'vitest';
import type { ProjectApiKey, UsageRow } from '@/lib/queries/project-limits';
import {
  blockedKeys,
  describePolicy,
  isBlocked,
  lastSevenDays,
  modelChoices,
  policyDiff,
} from './model-policy';

const key = (id: string, name: string, owner: ProjectApiKey['owner']): ProjectApiKey => ({
  id,
  name,
  object: 'organization.project.api_key',
  created_at: 1,
  last_used_at: null,
  owner,
  owner_project_access: 'active',
  redacted_value: `sk-...${id.slice(-4)}`,
});
const KEYS = [
  key('key_aaaa', 'Voice gateway', { type: 'service_account', service_account: { id: 's', name: 'voice-bot', created_at: 1, role: 'member' } }),
  key('key_bbbb', 'Kenji laptop', { type: 'user', user: { id: 'u', name: 'Kenji Watanabe', email: 'k@x.com', created_at: 1, role: 'owner' } }),
];
const usage: UsageRow[] = [
  { api_key_id: 'key_aaaa', model: 'gpt-4o', num_model_requests: 120 },
  { api_key_id: 'key_aaaa', model: 'gpt-4o-mini', num_model_requests: 30 },
  { api_key_id: 'key_aaaa', model: 'gpt-4o', num_model_requests: 80 },
  { api_key_id: 'key_bbbb', model: 'gpt-4.1-mini', num_model_requests: 5 },
  { api_key_id: 'key_gone', model: 'o3', num_model_requests: 7 },
  { api_key_id: null, model: 'o3', num_model_requests: 2 },
  { api_key_id: 'key_bbbb', model: 'o3', num_model_requests: 0 },
];

describe('isBlocked', () => {
  it('blocks what an allow list leaves out and what a deny list names', () => {
    const allow = { mode: 'allow_list' as const, model_ids: ['gpt-4o'] };
    expect(isBlocked(allow, 'gpt-4o')).toBe(false);
    expect(isBlocked(allow, 'gpt-4o-mini')).toBe(true);
    const deny = { mode: 'deny_list' as const, model_ids: ['o3'] };
    expect(isBlocked(deny, 'o3')).toBe(true);
    expect(isBlocked(deny, 'o3-pro')).toBe(false);
    expect(isBlocked({ mode: 'deny_list', model_ids: [] }, 'anything')).toBe(false);
  });
  it('treats a dated snapshot as the model it belongs to', () => {
    expect(isBlocked({ mode: 'allow_list', model_ids: ['gpt-4o'] }, 'gpt-4o-2024-08-06')).toBe(false);
    expect(isBlocked({ mode: 'deny_list', model_ids: ['gpt-4o'] }, 'gpt-4o-2024-08-06')).toBe(true);
  });
});

describe('blockedKeys', () => {
  it('names each key that used a model the policy blocks, with the models and requests, most first', () => {
    const affected = blockedKeys(usage, { mode: 'allow_list', model_ids: ['gpt-4o-mini', 'gpt-4.1-mini'] }, KEYS);
    expect(affected).toEqual([
      { keyId: 'key_aaaa', name: 'Voice gateway', owner: 'voice-bot', deleted: false, models: [{ model: 'gpt-4o', requests: 200 }], requests: 200 },
      { keyId: 'key_gone', name: 'Deleted key', owner: null, deleted: true, models: [{ model: 'o3', requests: 7 }], requests: 7 },
      { keyId: null, name: 'Requests without an API key', owner: null, deleted: false, models: [{ model: 'o3', requests: 2 }], requests: 2 },
    ]);
  });
  it('uses the owner’s name for a user key and skips rows without requests', () => {
    const affected = blockedKeys(usage, { mode: 'deny_list', model_ids: ['gpt-4.1-mini', 'o3'] }, KEYS);
    expect(affected.map((a) => [a.name, a.owner, a.requests])).toEqual([
      ['Deleted key', null, 7],
      ['Kenji laptop', 'Kenji Watanabe', 5],
      ['Requests without an API key', null, 2],
    ]);
  });
  it('is empty when nothing used is blocked', () => {
    expect(blockedKeys(usage, { mode: 'deny_list', model_ids: ['dall-e-3'] }, KEYS)).toEqual([]);
    expect(blockedKeys([], { mode: 'allow_list', model_ids: [] }, KEYS)).toEqual([]);
  });
});

describe('policy helpers', () => {
  it('describes a policy in a sentence', () => {
    expect(describePolicy({ mode: 'deny_list', model_ids: [] })).toBe('Every model is allowed.');
    expect(describePolicy({ mode: 'allow_list', model_ids: ['a', 'b'] })).toBe('Only these 2 models are allowed.');
    expect(describePolicy({ mode: 'deny_list', model_ids: ['a'] })).toBe('Every model except this one is allowed.');
  });
  it('diffs two policies', () => {
    expect(policyDiff({ mode: 'deny_list', model_ids: ['o3'] }, { mode: 'allow_list', model_ids: ['gpt-4o', 'o3'] })).toEqual({
      modeChanged: true, added: ['gpt-4o'], removed: [], unchanged: false,
    });
    expect(policyDiff({ mode: 'deny_list', model_ids: ['o3'] }, { mode: 'deny_list', model_ids: ['o3'] }).unchanged).toBe(true);
  });
  it('merges model choices without repeats, sorted', () => {
    expect(modelChoices(['gpt-4o', 'o3'], ['o3', ' whisper-1 '], [''])).toEqual(['gpt-4o', 'o3', 'whisper-1']);
  });
  it('asks for seven daily buckets ending today (UTC)', () => {
    const window = lastSevenDays(new Date('2026-03-10T15:30:00Z'));
    expect(window).toEqual({ start_time: Date.UTC(2026, 2, 4) / 1000, bucket_width: '1d', limit: 7 });
  });
});
