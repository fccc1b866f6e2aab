import 'server-only';
import type { CascadeHooks } from '../../cascade';
import { deleteWhere } from '../../store-writes';
import { deleteBySecondScopePart } from './access-writes';
import { ACCESS_KIND, assignmentScope } from './kinds';

/**
 * What access keeps about a user or a group goes with them: memberships, role assignments at
 * both levels, and a group's project access. An archived project keeps its groups and roles
 * (readable, no longer changeable), so archiving needs nothing here.
 */
export const accessCascadeHooks: CascadeHooks = {
  async userRemoved(db, userId) {
    await deleteWhere(db, ACCESS_KIND.groupUser, { id: userId });
    await deleteWhere(db, ACCESS_KIND.userRole, { scope: userId });
    await deleteBySecondScopePart(db, ACCESS_KIND.projectUserRole, userId);
  },

  async projectUserRemoved(db, projectId, userId) {
    await deleteWhere(db, ACCESS_KIND.projectUserRole, {
      scope: assignmentScope(projectId, userId),
    });
  },

  async groupDeleted(db, groupId) {
    await deleteWhere(db, ACCESS_KIND.groupUser, { scope: groupId });
    await deleteWhere(db, ACCESS_KIND.groupRole, { scope: groupId });
    await deleteWhere(db, ACCESS_KIND.projectGroup, { id: groupId });
    await deleteBySecondScopePart(db, ACCESS_KIND.projectGroupRole, groupId);
  },
};
