import 'server-only';
import type { UserObject } from '../../model';
import {
  TRUST_KIND,
  type CertificateRecord,
  type InviteObject,
  type ProjectApiKeyObject,
  type ProjectCertificateActivation,
  type ServiceAccountObject,
} from '../trust/kinds';
import { sessionActor } from './seed-cast';
import { readKind, timeBetween, type SeedEvent } from './seed-events';
import { automationActor, ownerSession, projectRef, type Chapter, type Story } from './seed-story';

// The trust family's objects (see handlers/trust/kinds.ts): invites, service accounts, project
// API keys, certificates. Kinds nobody stored yet simply read as empty.

const PROJECT_KEY_SCOPES = ['api.all'];

async function inviteEvents(story: Story): Promise<SeedEvent[]> {
  const events: SeedEvent[] = [];
  for (const { data: invite } of await readKind<InviteObject>(story.db, TRUST_KIND.invite)) {
    events.push({
      type: 'invite.sent',
      at: invite.created_at,
      actor: ownerSession(story, invite.created_at),
      details: { id: invite.id, data: { email: invite.email, role: invite.role } },
    });
    const joined = story.usersByEmail.get(invite.email.toLowerCase());
    if (invite.accepted_at && joined) {
      const at = invite.accepted_at;
      events.push({
        type: 'invite.accepted',
        at,
        actor: sessionActor(joined),
        details: { id: invite.id },
      });
    }
  }
  return events;
}

async function serviceAccountEvents(story: Story): Promise<SeedEvent[]> {
  const rows = await readKind<ServiceAccountObject>(story.db, TRUST_KIND.projectServiceAccount);
  return rows.flatMap(({ scope, data: account }): SeedEvent[] => {
    const project = story.projects.get(scope);
    if (!project) return [];
    return [
      {
        type: 'service_account.created',
        at: account.created_at,
        actor: automationActor(story, account.created_at),
        project: projectRef(project),
        details: { id: account.id, data: { role: account.role } },
      },
    ];
  });
}

/** People make their own keys at the dashboard; service accounts' keys come with the account. */
async function projectKeyEvents(story: Story): Promise<SeedEvent[]> {
  const rows = await readKind<ProjectApiKeyObject>(story.db, TRUST_KIND.projectApiKey);
  return rows.flatMap(({ scope, data: key }): SeedEvent[] => {
    const project = story.projects.get(scope);
    if (!project) return [];
    const person: UserObject | undefined = key.owner.user?.id
      ? story.users.get(key.owner.user.id)
      : undefined;
    return [
      {
        type: 'api_key.created',
        at: key.created_at,
        actor: person ? sessionActor(person) : automationActor(story, key.created_at),
        project: projectRef(project),
        details: { id: key.id, data: { scopes: PROJECT_KEY_SCOPES } },
      },
    ];
  });
}

/** Certificates uploaded, switched on for the organization, and for single projects. */
async function certificateEvents(story: Story): Promise<SeedEvent[]> {
  const events: SeedEvent[] = [];
  const names = new Map<string, string | null>();
  for (const { data: cert } of await readKind<CertificateRecord>(
    story.db,
    TRUST_KIND.certificate,
  )) {
    names.set(cert.id, cert.name);
    const actor = ownerSession(story, cert.created_at);
    const listed = { certificates: [{ id: cert.id, name: cert.name }] };
    events.push({
      type: 'certificate.created',
      at: cert.created_at,
      actor,
      details: { id: cert.id, name: cert.name },
    });
    if (cert.active) {
      const at = timeBetween(story.random, cert.created_at + 300, cert.created_at + 3600);
      events.push({ type: 'certificates.activated', at, actor, details: listed });
    }
  }
  const activations = await readKind<ProjectCertificateActivation>(
    story.db,
    TRUST_KIND.projectCertificate,
  );
  for (const { scope, id, data } of activations) {
    const project = story.projects.get(scope);
    if (!project || typeof data.activated_at !== 'number') continue;
    events.push({
      type: 'certificates.activated',
      at: data.activated_at,
      actor: ownerSession(story, data.activated_at),
      project: projectRef(project),
      details: { certificates: [{ id, name: names.get(id) ?? null }] },
    });
  }
  return events;
}

export const trustChapter: Chapter = async (story) => [
  ...(await inviteEvents(story)),
  ...(await serviceAccountEvents(story)),
  ...(await projectKeyEvents(story)),
  ...(await certificateEvents(story)),
];
