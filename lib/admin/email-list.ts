import { z } from 'zod';

/*
 * A pasted list of email addresses → one entry per address with a verdict, before anything is
 * sent. Addresses are separated by commas, semicolons, spaces or new lines; `Name <email>` and
 * `"Last, First" <email>` (as mail programs copy them) keep the name. Addresses are compared and
 * sent in lower case. The same `z.email()` the proxy validates `invites.create` with decides
 * validity, so nothing the form accepts is refused for its syntax later.
 */

export type EmailVerdict = 'valid' | 'invalid' | 'duplicate' | 'member' | 'pending';

export interface EmailEntry {
  /** Position in the pasted list, from 0 (a stable key). */
  index: number;
  /** The text this entry came from, as pasted (`Ada <ADA@example.com>`). */
  source: string;
  /** The display name from a `Name <email>` form, else null. */
  name: string | null;
  /** The address, trimmed and lower-cased: what would be sent. */
  email: string;
  verdict: EmailVerdict;
  /** Why it will not be sent, in words; null for a valid entry. */
  reason: string | null;
}

/** The longest address SMTP allows (RFC 5321 path limit less the brackets). */
export const MAX_EMAIL_LENGTH = 254;

const emailSchema = z.email();
const SEPARATORS = new Set([',', ';']);
const LINE_BREAKS = new Set(['\n', '\r']);
const ANGLE_GROUP = /<([^<>]*)>/g;
const WORD = /"[^"]*"?|\S+/g;

/**
 * Splits on commas and semicolons that are not inside "quotes" or <angle brackets>, and on every
 * line break (a quote or bracket left open ends with its line).
 */
function segments(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of text) {
    if (char === '"' && !angled) quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    const lineBreak = LINE_BREAKS.has(char);
    if (lineBreak || (SEPARATORS.has(char) && !quoted && !angled)) {
      out.push(current);
      current = '';
      if (lineBreak) quoted = angled = false;
    } else current += char;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

interface Candidate {
  source: string;
  name: string | null;
  address: string;
}

const unquote = (text: string) => text.replace(/^"|"$/g, '').trim();

/** Bare words: each one is an address of its own (stray separators left by an open quote split too). */
function bareWords(text: string): Candidate[] {
  return (text.match(/[^\s,;]+/g) ?? []).map((word) => ({
    source: word,
    name: null,
    address: word,
  }));
}

/** One segment: `Name <a@b>` groups, with any bare addresses around them. */
function candidates(segment: string): Candidate[] {
  const groups = [...segment.matchAll(ANGLE_GROUP)];
  if (groups.length === 0) return bareWords(segment);
  const out: Candidate[] = [];
  let last = 0;
  for (const group of groups) {
    const nameWords: string[] = [];
    // Before the brackets: quoted text and plain words make the name; an unquoted word with an @
    // is an address of its own ("bob@x.com Ada <ada@x.com>").
    for (const word of segment.slice(last, group.index).match(WORD) ?? []) {
      if (!word.startsWith('"') && word.includes('@')) out.push(...bareWords(word));
      else nameWords.push(unquote(word));
    }
    const name = nameWords.filter(Boolean).join(' ') || null;
    const bracketed = group[0];
    out.push({ source: name ? `${name} ${bracketed}` : bracketed, name, address: group[1] ?? '' });
    last = (group.index ?? 0) + bracketed.length;
  }
  out.push(...bareWords(segment.slice(last)));
  return out;
}

/** Lower case, without a `mailto:` prefix or stray brackets and quotes around it. */
export function normalizeEmail(address: string): string {
  return address
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[<"']+|[>"']+$/g, '')
    .trim()
    .toLowerCase();
}

/** Why an address is not valid, in words; null when it is valid. */
export function invalidReason(email: string): string | null {
  if (!email) return 'No address between the brackets.';
  const at = email.split('@').length - 1;
  if (at === 0) return 'Not an email address: it has no @.';
  if (at > 1) return 'It has more than one @.';
  const [local = '', domain = ''] = email.split('@');
  if (!local) return 'Nothing before the @.';
  if (!domain) return 'No domain after the @.';
  if (!domain.includes('.')) return `The domain “${domain}” has no dot (like example.com).`;
  if (email.length > MAX_EMAIL_LENGTH) return `Longer than ${MAX_EMAIL_LENGTH} characters.`;
  if (!emailSchema.safeParse(email).success) return 'Not a valid email address.';
  return null;
}

/**
 * Parses a pasted list. Every address gets an entry in paste order: `invalid` (with the reason),
 * `duplicate` (an earlier entry has the same address, whatever its case), or `valid`.
 */
export function parseEmailList(text: string): EmailEntry[] {
  const seen = new Map<string, EmailEntry>();
  const entries: EmailEntry[] = [];
  for (const { source, name, address } of segments(text).flatMap(candidates)) {
    const email = normalizeEmail(address);
    const index = entries.length;
    const invalid = invalidReason(email);
    const first = seen.get(email);
    let entry: EmailEntry;
    if (invalid) entry = { index, source, name, email, verdict: 'invalid', reason: invalid };
    else if (first) {
      const where = `entry ${first.index + 1}`;
      entry = {
        index,
        source,
        name,
        email,
        verdict: 'duplicate',
        reason: `Listed twice: the same address as ${where}.`,
      };
    } else {
      entry = { index, source, name, email, verdict: 'valid', reason: null };
      seen.set(email, entry);
    }
    entries.push(entry);
  }
  return entries;
}

export interface OrganizationFacts {
  /** Addresses of organization users, lower case. */
  members: ReadonlySet<string>;
  /** Addresses with an invite still pending (not accepted, not expired), lower case. */
  pending: ReadonlySet<string>;
}

/** Marks valid entries whose person is already in the organization, or already invited. */
export function checkAgainstOrganization(
  entries: readonly EmailEntry[],
  facts: OrganizationFacts,
): EmailEntry[] {
  return entries.map((entry) => {
    if (entry.verdict !== 'valid') return entry;
    if (facts.members.has(entry.email))
      return { ...entry, verdict: 'member', reason: 'Already a member of the organization.' };
    if (facts.pending.has(entry.email))
      return {
        ...entry,
        verdict: 'pending',
        reason: 'Already invited: that invite is still pending.',
      };
    return entry;
  });
}

/** The addresses that would be sent, in paste order. */
export const addressesToSend = (entries: readonly EmailEntry[]) =>
  entries.filter((e) => e.verdict === 'valid').map((e) => e.email);

/** How many entries have each verdict. */
export function countVerdicts(entries: readonly EmailEntry[]): Record<EmailVerdict, number> {
  const counts: Record<EmailVerdict, number> = {
    valid: 0,
    invalid: 0,
    duplicate: 0,
    member: 0,
    pending: 0,
  };
  for (const entry of entries) counts[entry.verdict] += 1;
  return counts;
}
