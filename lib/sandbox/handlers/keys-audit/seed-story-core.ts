import 'server-only';
import { KIND, type ProjectUserObject, type UserObject } from '../../model';
import { stableObjectId } from '../../random';
import { TRUST_KIND, type InviteObject } from '../trust/kinds';
import { sessionActor } from './seed-cast';
import { readKind, timeBetween, type SeedEvent } from './seed-events';
import { ownerSession, projectEnd, projectRef, type Chapter } from './seed-story';

const DAY = 86_400;

/** Projects created, and the archived ones archived. */
export const projectChapter: Chapter = (story) =>
  [...story.projects.values()].flatMap((project): SeedEvent[] => {
    const created: SeedEvent = {
      type: 'project.created',
      at: project.created_at,
      actor: ownerSession(story, project.created_at),
      project: projectRef(project),
      details: { id: project.id, data: { name: project.name, title: project.name } },
    };
    if (project.archived_at === null) return [created];
    const archived: SeedEvent = {
      type: 'project.archived',
      at: project.archived_at,
      actor: ownerSession(story, project.archived_at),
      project: projectRef(project),
      details: { id: project.id },
    };
    return [created, archived];
  });

/**
 * Everyone but the founders joined by invitation: sent by an owner (or, while it was in use, by
 * the Okta provisioning key), accepted by the person. Invites another family stored speak for
 * themselves (see seed-story-trust.ts), so people with one are skipped here.
 */
export const joiningChapter: Chapter = async (story) => {
  const invited = new Set(
    (await readKind<InviteObject>(story.db, TRUST_KIND.invite)).map((row) =>
      row.data.email.toLowerCase(),
    ),
  );
  const founders = new Set(story.owners.founders.map((owner) => owner.id));
  const okta = story.keys.get('Okta provisioning (retired)');
  const events: SeedEvent[] = [];
  for (const user of story.users.values()) {
    if (founders.has(user.id) || invited.has(user.email.toLowerCase())) continue;
    const earliest = Math.max(
      user.added_at - 3 * DAY,
      (story.owners.founders[0]?.added_at ?? 0) + 600,
    );
    const sentAt = timeBetween(story.random, earliest, user.added_at - 600);
    const inviteId = stableObjectId('invite-', `seed-history:${user.id}`);
    const sender = okta?.activeAt(sentAt) ? okta.actor : sessionActor(story.owners.at(sentAt));
    events.push(
      {
        type: 'invite.sent',
        at: sentAt,
        actor: sender,
        details: { id: inviteId, data: { email: user.email, role: user.role } },
      },
      {
        type: 'invite.accepted',
        at: user.added_at,
        actor: sessionActor(user),
        details: { id: inviteId },
      },
    );
  }
  return events;
};

/**
 * Project memberships outside the default project (everyone is in that one from the day they
 * join). A project's first member leads it and adds most of the others; owners after the first
 * were added as members and promoted a week or more later.
 */
export const membershipChapter: Chapter = async (story) => {
  const events: SeedEvent[] = [];
  const leads = new Map<string, UserObject>();
  for (const row of await readKind<ProjectUserObject>(story.db, KIND.projectUser)) {
    const project = story.projects.get(row.scope);
    const user = story.users.get(row.id);
    if (!project || !user || project.id === story.defaultProjectId) continue;
    const { added_at: addedAt, role } = row.data;
    const lead = leads.get(project.id);
    if (!lead) leads.set(project.id, user);
    const adder = lead && story.random() < 0.7 ? lead : story.owners.at(addedAt);
    const promoteAt = timeBetween(story.random, addedAt + 7 * DAY, projectEnd(story, project));
    const promoted = role === 'owner' && lead !== undefined && promoteAt >= addedAt + 7 * DAY;
    events.push({
      type: 'user.added',
      at: addedAt,
      actor: sessionActor(adder),
      project: projectRef(project),
      details: { id: user.id, data: { role: promoted ? 'member' : role } },
    });
    if (promoted) {
      events.push({
        type: 'user.updated',
        at: promoteAt,
        actor: sessionActor(lead),
        project: projectRef(project),
        details: { id: user.id, changes_requested: { role: 'owner' } },
      });
    }
  }
  return events;
};
