import 'server-only';
import type { AdminAPIKey } from 'openai/resources/admin/organization/admin-api-keys';

/** The keys-audit family's collections in sandbox_object (the audit log itself is KIND.auditLog). */
export const KEYS_AUDIT_KIND = {
  /** Org scope; id `key_…`; data: the AdminAPIKeyObject as the API returns it. */
  adminApiKey: 'admin_api_key',
  /**
   * Org scope; id: the SHA-256 (hex) of a key's secret value; data: AdminKeySecretRecord. Only
   * keys created through the API have one (their value was shown once); seeded keys never
   * authenticate, and the configured sandbox key is checked against the configuration instead.
   */
  adminApiKeySecret: 'admin_api_key_secret',
} as const;

export const ADMIN_KEY_ID_PREFIX = 'key_';

/** What the audit log says an admin key may do (a guess: the API does not document admin scopes). */
export const ADMIN_KEY_SCOPES = ['api.management.read', 'api.management.write'];

export interface AdminKeyOwner {
  type: 'user';
  object: 'organization.user';
  id: string;
  name: string;
  created_at: number;
  role: string;
}

/** An admin key as stored and returned: the SDK's type with the fields the sandbox always fills. */
export interface AdminAPIKeyObject extends AdminAPIKey {
  name: string | null;
  last_used_at: number | null;
  owner: AdminKeyOwner;
}

/** What authentication needs to know about a key from its secret alone, in one indexed read. */
export interface AdminKeySecretRecord {
  key_id: string;
  owner: { id: string; email: string };
  expires_at: number | null;
}
