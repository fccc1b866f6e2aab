import type { AdminAPIKey } from 'openai/resources/admin/organization/admin-api-keys';
import { describe, expect, it } from 'vitest';
import { adminKeyLabel, keysMatchingValue, redactedMatches, searchAdminKeys } from './admin-keys';

const VALUE = 'sk-admin-e2e-sandbox-key-0123456789abcdef';

function key(id: string, fields: Partial<AdminAPIKey> = {}): AdminAPIKey {
  return {
    object: 'organization.admin_api_key',
    id,
    name: id,
    redacted_value: 'sk-admin...zzz',
    created_at: 1_700_000_000,
    expires_at: null,
    last_used_at: null,
    owner: { id: 'user_1', name: 'Ada Lovelace', type: 'user', object: 'organization.user', role: 'owner' },
    ...fields,
  };
}

describe('redactedMatches', () => {
  it('matches the start and end the redaction shows, in its usual forms', () => {
    expect(redactedMatches(VALUE, 'sk-admin...def')).toBe(true);
    expect(redactedMatches(VALUE, 'sk-admin…cdef')).toBe(true);
    expect(redactedMatches(VALUE, 'sk-admin-e2e****bcdef')).toBe(true);
    expect(redactedMatches(VALUE, '...def')).toBe(true);
  });

  it('refuses another start or end, a missing redaction, and tails too short to mean anything', () => {
    expect(redactedMatches(VALUE, 'sk-admin...deg')).toBe(false);
    expect(redactedMatches(VALUE, 'sk-proj...def')).toBe(false);
    expect(redactedMatches(VALUE, VALUE)).toBe(false);
    expect(redactedMatches(VALUE, 'sk-admin...f')).toBe(false);
    expect(redactedMatches(VALUE, 'sk-admin...')).toBe(false);
    expect(redactedMatches('sk-admindef', 'sk-admin...def')).toBe(false);
  });

  it('picks the keys of a list that fit a value', () => {
    const keys = [key('key_a', { redacted_value: 'sk-admin...abc' }), key('key_b', { redacted_value: 'sk-admin...def' })];
    expect(keysMatchingValue(VALUE, keys)).toEqual(['key_b']);
    expect(keysMatchingValue('sk-admin-other', keys)).toEqual([]);
  });
});

describe('searchAdminKeys', () => {
  const keys = [
    key('key_old', { name: 'Terraform', created_at: 1 }),
    key('key_new', { name: 'Billing export', created_at: 3, owner: { id: 'user_2', name: 'Grace Hopper' } }),
    key('key_mid', { name: null, redacted_value: 'sk-admin...q9x', created_at: 2 }),
  ];

  it('lists newest first without a search', () => {
    expect(searchAdminKeys(keys, '  ').map((k) => k.id)).toEqual(['key_new', 'key_mid', 'key_old']);
  });

  it('finds by name, owner, redacted value, id and owner email, every word counting', () => {
    expect(searchAdminKeys(keys, 'terra').map((k) => k.id)).toEqual(['key_old']);
    expect(searchAdminKeys(keys, 'grace').map((k) => k.id)).toEqual(['key_new']);
    expect(searchAdminKeys(keys, 'Q9X').map((k) => k.id)).toEqual(['key_mid']);
    expect(searchAdminKeys(keys, 'ada key_old').map((k) => k.id)).toEqual(['key_old']);
    expect(searchAdminKeys(keys, 'grace@', (id) => (id === 'user_2' ? 'grace@example.com' : null)).map((k) => k.id)).toEqual(['key_new']);
    expect(searchAdminKeys(keys, 'nobody')).toEqual([]);
  });

  it('names an unnamed key by its redacted value', () => {
    expect(adminKeyLabel(keys[2]!)).toBe('Unnamed key sk-admin...q9x');
    expect(adminKeyLabel(keys[0]!)).toBe('Terraform');
  });
});
