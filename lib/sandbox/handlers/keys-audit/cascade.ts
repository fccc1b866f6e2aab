import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { SANDBOX_KEY_ID } from '../../auth';
import type { CascadeHooks } from '../../cascade';
import { sandboxObject } from '../../schema';
import { listObjects } from '../../store';
import { deleteObject, updateObject } from '../../store-writes';
import { deleteKeySecrets } from './key-secrets';
import { KEYS_AUDIT_KIND, type AdminAPIKeyObject } from './kinds';
import { adminKeyOwner, firstOwner } from './owners';

/**
 * A user who leaves the organization loses their admin keys. The configured sandbox key cannot go
 * (the console needs it), so it passes to the earliest remaining owner instead.
 */
async function removeKeysOf(db: Db, userId: string): Promise<void> {
  const keys = await listObjects<AdminAPIKeyObject>(db, {
    kind: KEYS_AUDIT_KIND.adminApiKey,
    where: sql`${sandboxObject.data} #>> '{owner,id}' = ${userId}`,
    direction: 'asc',
    limit: 10_000,
  });
  for (const { data: key } of keys) {
    if (key.id === SANDBOX_KEY_ID) {
      const heir = await firstOwner(db, userId);
      if (heir)
        await updateObject(db, KEYS_AUDIT_KIND.adminApiKey, '', key.id, {
          ...key,
          owner: adminKeyOwner(heir),
        });
      continue;
    }
    await deleteObject(db, KEYS_AUDIT_KIND.adminApiKey, '', key.id);
    await deleteKeySecrets(db, key.id);
  }
}

export const keysAuditCascadeHooks: CascadeHooks = { userRemoved: removeKeysOf };
