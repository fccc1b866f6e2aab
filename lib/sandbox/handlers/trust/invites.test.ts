import { collect, openTrustHarness, type TrustHarness } from './test-harness';
import { BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_DEFAULT_PROJECT_ID, seedProjectId } from '../../seed';
import { getObject } from '../../store';
import { updateObject } from '../../store-writes';
import { TRUST_KIND, type InviteObject } from './kinds';

let h: TrustHarness;
beforeAll(async () => {
  h = await openTrustHarness();
});
afterAll(() => h.close());

describe('invites', () => {
  it('lists seeded invites of every status, page by page', async () => {
    const invites = await collect(h.admin.invites.list({ limit: 4 }));
    expect(invites.length).toBeGreaterThan(4);
    const statuses = new Set(invites.map((i) => i.status));
    expect(statuses).toEqual(new Set(['pending', 'accepted', 'expired']));
    for (const invite of invites) {
      expect(invite.object).toBe('organization.invite');
      expect(invite.id).toMatch(/^invite-/);
      expect(invite.expires_at).toBeGreaterThan(invite.created_at);
      expect(invite.accepted_at === null).toBe(invite.status !== 'accepted');
    }
  });

  it('invites someone to the default project unless projects are given', async () => {
    const invite = await h.admin.invites.create({
      email: 'New.Person@Example.com',
      role: 'reader',
    });
    expect(invite).toMatchObject({
      object: 'organization.invite',
      email: 'new.person@example.com',
      role: 'reader',
      status: 'pending',
      accepted_at: null,
      projects: [{ id: SANDBOX_DEFAULT_PROJECT_ID, role: 'member' }],
    });
    expect(invite.id).toMatch(/^invite-[A-Za-z0-9]{24}$/);
    expect(invite.expires_at).toBe(invite.created_at + 7 * 86_400);
    expect(await h.admin.invites.retrieve(invite.id)).toEqual(invite);
    expect(await h.lastAudit('invite.sent')).toMatchObject({
      'invite.sent': { id: invite.id, data: { email: 'new.person@example.com', role: 'reader' } },
    });

    const project = seedProjectId('Warehouse Vision');
    const scoped = await h.admin.invites.create({
      email: 'lead@example.com',
      role: 'owner',
      projects: [{ id: project, role: 'owner' }],
    });
    expect(scoped.projects).toEqual([{ id: project, role: 'owner' }]);
    const none = await h.admin.invites.create({
      email: 'nobody@example.com',
      role: 'reader',
      projects: [],
    });
    expect(none.projects).toEqual([]);
  });

  it('refuses a current member, a pending address, and bad projects', async () => {
    const member = h.admin.invites.create({
      email: 'ava.thompson@northwind-robotics.com',
      role: 'reader',
    });
    await expect(member).rejects.toBeInstanceOf(BadRequestError);
    await expect(member).rejects.toMatchObject({
      param: 'email',
      code: 'user_already_in_organization',
    });
    await h.admin.invites.create({ email: 'twice@example.com', role: 'reader' });
    await expect(
      h.admin.invites.create({ email: 'TWICE@example.com', role: 'owner' }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'invite_already_pending',
    });
    await expect(
      h.admin.invites.create({
        email: 'a@example.com',
        role: 'reader',
        projects: [{ id: 'proj_nope', role: 'member' }],
      }),
    ).rejects.toMatchObject({ status: 404, param: 'projects[0].id' });
    await expect(
      h.admin.invites.create({
        email: 'b@example.com',
        role: 'reader',
        projects: [{ id: seedProjectId('Hackathon 2024'), role: 'member' }],
      }),
    ).rejects.toThrow(/archived/);
    await expect(
      h.admin.invites.create({ email: 'not-an-email', role: 'reader' }),
    ).rejects.toMatchObject({
      status: 400,
      param: 'email',
    });
  });

  it('reads an invite past its expiry as expired, and lets the address be invited again', async () => {
    const invite = await h.admin.invites.create({ email: 'late@example.com', role: 'reader' });
    const stored = await getObject<InviteObject>(h.handle.db, TRUST_KIND.invite, '', invite.id);
    if (!stored) throw new Error('not stored');
    await updateObject(h.handle.db, TRUST_KIND.invite, '', invite.id, {
      ...stored.data,
      created_at: invite.created_at - 8 * 86_400,
      expires_at: invite.created_at - 86_400,
    });
    expect((await h.admin.invites.retrieve(invite.id)).status).toBe('expired');
    const again = await h.admin.invites.create({ email: 'late@example.com', role: 'reader' });
    expect(again.status).toBe('pending');
  });

  it('deletes pending and expired invites but never an accepted one', async () => {
    const all = await collect(h.admin.invites.list({ limit: 100 }));
    const accepted = all.find((i) => i.status === 'accepted');
    const expired = all.find((i) => i.status === 'expired');
    const pending = all.find((i) => i.status === 'pending');
    if (!accepted || !expired || !pending) throw new Error('seed lacks a status');
    await expect(h.admin.invites.delete(accepted.id)).rejects.toMatchObject({
      status: 400,
      code: 'invite_already_accepted',
    });
    for (const invite of [pending, expired]) {
      expect(await h.admin.invites.delete(invite.id)).toEqual({
        object: 'organization.invite.deleted',
        id: invite.id,
        deleted: true,
      });
      expect(await h.lastAudit('invite.deleted')).toMatchObject({
        'invite.deleted': { id: invite.id },
      });
    }
    await expect(h.admin.invites.retrieve(pending.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.admin.invites.delete('invite-missing')).rejects.toMatchObject({
      status: 404,
      param: 'invite_id',
    });
  });
});
