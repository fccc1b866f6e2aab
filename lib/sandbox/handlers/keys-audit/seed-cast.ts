import 'server-only';
import { createHash } from 'node:crypto';
import type { AuditActor } from '../../audit';
import type { UserObject } from '../../model';
import type { RandomSource } from '../../random';

// Who did what in the seeded history: people signed in to the dashboard (session actors, each
// with their own usual address and browser) and the organization's admin keys.

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
];

/** Documentation address ranges (RFC 5737): the office's egress, and people working elsewhere. */
const OFFICE_IPS = ['203.0.113.10', '203.0.113.11'] as const;
const REMOTE_PREFIX = '198.51.100.';
/** Where the occasional stranger's attempts come from. */
export const UNKNOWN_IP = '192.0.2.77';

const hashOf = (text: string) => createHash('sha256').update(text).digest().readUInt32LE(0);

export interface SessionOptions {
  ip?: string;
}

/** A dashboard session of `user`, from their usual address and browser (stable per person). */
export function sessionActor(user: UserObject, options: SessionOptions = {}): AuditActor {
  const h = hashOf(user.id);
  const ip =
    options.ip ??
    (h % 3 === 0 ? `${REMOTE_PREFIX}${(h % 200) + 20}` : (OFFICE_IPS[h % 2] ?? '203.0.113.10'));
  // The SDK's type lacks user_agent, which the API sends: hence the untyped object.
  const session = {
    user: { id: user.id, email: user.email },
    ip_address: ip,
    user_agent: USER_AGENTS[h % USER_AGENTS.length],
  };
  return { type: 'session', session };
}

/** An admin key acting for its owner. */
export function adminKeyActor(keyId: string, owner: UserObject): AuditActor {
  return {
    type: 'api_key',
    api_key: { id: keyId, type: 'user', user: { id: owner.id, email: owner.email } },
  };
}

/** The organization's owners in the order they joined, and a way to pick one present at a time. */
export class OwnerPool {
  /** The owners who started the organization (joined within its first day). */
  readonly founders: UserObject[];

  constructor(
    readonly owners: UserObject[],
    private readonly random: RandomSource,
  ) {
    const first = owners[0];
    if (!first) throw new Error('The seeded organization has no owner.');
    this.founders = owners.filter((owner) => owner.added_at < first.added_at + 86_400);
  }

  /** An owner who had joined by `at` (the first owner when nobody had). */
  at(at: number): UserObject {
    const present = this.owners.filter((owner) => owner.added_at <= at);
    const pool = present.length > 0 ? present : this.owners;
    return pool[Math.floor(this.random() * pool.length)] ?? (this.owners[0] as UserObject);
  }
}
