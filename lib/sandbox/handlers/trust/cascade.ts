import 'server-only';
import type { CascadeHooks } from '../../cascade';
import { deleteKeys, ownedBy } from './api-key-records';

/** A person's project API keys go when they leave the project, or the organization. */
export const trustCascade: CascadeHooks = {
  userRemoved: async (db, userId) => {
    await deleteKeys(db, ownedBy('user', userId));
  },
  projectUserRemoved: async (db, projectId, userId) => {
    await deleteKeys(db, ownedBy('user', userId), projectId);
  },
};
