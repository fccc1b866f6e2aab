import { describe, expect, it } from 'vitest';
import {
  addressesToSend,
  checkAgainstOrganization,
  countVerdicts,
  invalidReason,
  normalizeEmail,
  parseEmailList,
} from './email-list';

const emails = (text: string) => parseEmailList(text).map((e) => e.email);
const verdicts = (text: string) => parseEmailList(text).map((e) => [e.email, e.verdict]);

describe('parseEmailList: separators', () => {
  it('splits on commas, semicolons, spaces, tabs and new lines, in any mix', () => {
    expect(emails('a@x.com,b@x.com;c@x.com d@x.com\te@x.com\nf@x.com\r\ng@x.com')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
      'd@x.com',
      'e@x.com',
      'f@x.com',
      'g@x.com',
    ]);
  });

  it('ignores empty parts, repeated separators and surrounding blanks', () => {
    expect(emails('  ,, a@x.com ;;\n\n  ,b@x.com ,  ')).toEqual(['a@x.com', 'b@x.com']);
  });

  it('gives nothing for an empty or blank paste', () => {
    expect(parseEmailList('')).toEqual([]);
    expect(parseEmailList(' \n\t ,; ')).toEqual([]);
  });

  it('numbers entries in paste order', () => {
    expect(parseEmailList('a@x.com b@x.com nope').map((e) => e.index)).toEqual([0, 1, 2]);
  });
});

describe('parseEmailList: names', () => {
  it('keeps the name of Name <email>, lower-cases the address', () => {
    const [entry] = parseEmailList('Ada Lovelace <Ada.Lovelace@Example.COM>');
    expect(entry).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada.lovelace@example.com',
      verdict: 'valid',
      reason: null,
    });
    expect(entry?.source).toBe('Ada Lovelace <Ada.Lovelace@Example.COM>');
  });

  it('reads an Outlook-style list: names with commas in quotes, separated by semicolons', () => {
    const entries = parseEmailList('"Lovelace, Ada" <ada@x.com>; "Hopper, Grace" <grace@x.com>');
    expect(entries.map((e) => [e.name, e.email])).toEqual([
      ['Lovelace, Ada', 'ada@x.com'],
      ['Hopper, Grace', 'grace@x.com'],
    ]);
  });

  it('reads a Gmail-style list: Name <email>, comma separated, with bare addresses mixed in', () => {
    expect(
      parseEmailList('Ada <ada@x.com>, bob@x.com, Grace Hopper <grace@x.com>').map((e) => [
        e.name,
        e.email,
      ]),
    ).toEqual([
      ['Ada', 'ada@x.com'],
      [null, 'bob@x.com'],
      ['Grace Hopper', 'grace@x.com'],
    ]);
  });

  it('treats a bare address before a name as its own entry, and one after the brackets too', () => {
    expect(
      parseEmailList('bob@x.com Ada <ada@x.com> carol@x.com').map((e) => [e.name, e.email]),
    ).toEqual([
      [null, 'bob@x.com'],
      ['Ada', 'ada@x.com'],
      [null, 'carol@x.com'],
    ]);
  });

  it('reads several Name <email> on one line without separators', () => {
    expect(
      parseEmailList('Ada <ada@x.com> Grace <grace@x.com>').map((e) => [e.name, e.email]),
    ).toEqual([
      ['Ada', 'ada@x.com'],
      ['Grace', 'grace@x.com'],
    ]);
  });

  it('keeps a quoted address used as a display name as the name', () => {
    expect(parseEmailList('"ada@x.com" <ada@x.com>').map((e) => [e.name, e.email])).toEqual([
      ['ada@x.com', 'ada@x.com'],
    ]);
  });

  it('accepts <email> without a name', () => {
    expect(parseEmailList('<ada@x.com>')).toMatchObject([
      { name: null, email: 'ada@x.com', verdict: 'valid' },
    ]);
  });

  it('reports empty brackets as invalid', () => {
    expect(parseEmailList('Ada <>')).toMatchObject([
      { name: 'Ada', verdict: 'invalid', reason: 'No address between the brackets.' },
    ]);
  });

  it('does not let an unclosed quote or bracket swallow the next lines', () => {
    expect(emails('"Ada <ada@x.com>, bob@x.com\ncarol@x.com')).toEqual([
      'ada@x.com',
      'bob@x.com',
      'carol@x.com',
    ]);
    expect(verdicts('Ada <ada@x.com, bob@x.com\ncarol@x.com')).toEqual([
      ['ada', 'invalid'],
      ['ada@x.com', 'valid'],
      ['bob@x.com', 'valid'],
      ['carol@x.com', 'valid'],
    ]);
  });
});

describe('parseEmailList: verdicts', () => {
  it('marks later copies of an address as duplicates, whatever their case, pointing at the first', () => {
    const entries = parseEmailList('a@x.com, B@x.com, A@X.COM, Ada <a@x.com>, b@x.com');
    expect(entries.map((e) => e.verdict)).toEqual([
      'valid',
      'valid',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(entries[2]?.reason).toBe('Listed twice: the same address as entry 1.');
    expect(entries[4]?.reason).toBe('Listed twice: the same address as entry 2.');
  });

  it('does not count an invalid entry as the first of a duplicate pair', () => {
    expect(verdicts('nope nope')).toEqual([
      ['nope', 'invalid'],
      ['nope', 'invalid'],
    ]);
  });

  it('reports invalid addresses with a reason, and keeps going', () => {
    const entries = parseEmailList(
      'ok@x.com not-an-email two@@x.com @x.com ada@ ada@localhost ok2@x.com',
    );
    expect(entries.map((e) => [e.email, e.verdict, e.reason])).toEqual([
      ['ok@x.com', 'valid', null],
      ['not-an-email', 'invalid', 'Not an email address: it has no @.'],
      ['two@@x.com', 'invalid', 'It has more than one @.'],
      ['@x.com', 'invalid', 'Nothing before the @.'],
      ['ada@', 'invalid', 'No domain after the @.'],
      ['ada@localhost', 'invalid', 'The domain “localhost” has no dot (like example.com).'],
      ['ok2@x.com', 'valid', null],
    ]);
  });

  it('strips mailto: and stray quotes or brackets around a bare address', () => {
    expect(verdicts('mailto:Ada@X.com "bob@x.com" <carol@x.com')).toEqual([
      ['ada@x.com', 'valid'],
      ['bob@x.com', 'valid'],
      ['carol@x.com', 'valid'],
    ]);
  });
});

describe('normalizeEmail and invalidReason', () => {
  it('normalizes case and wrapping', () => {
    expect(normalizeEmail('  MAILTO:<Ada@Example.Com>  ')).toBe('ada@example.com');
    expect(normalizeEmail("'ada@x.com'")).toBe('ada@x.com');
  });

  it('accepts what the server accepts: plus tags, dots, subdomains, hyphens', () => {
    for (const ok of [
      'a+tag@x.com',
      'first.last@mail.example.co.uk',
      'a_b-c@my-domain.io',
      "o'neil@x.com",
    ])
      expect(invalidReason(ok)).toBeNull();
  });

  it('refuses what the server refuses, with a reason', () => {
    expect(invalidReason('.ada@x.com')).toBe('Not a valid email address.');
    expect(invalidReason('ada..b@x.com')).toBe('Not a valid email address.');
    expect(invalidReason('ada@-x.com')).toBe('Not a valid email address.');
    expect(invalidReason('ada@x.c')).toBe('Not a valid email address.');
    expect(invalidReason('a(b)@x.com')).toBe('Not a valid email address.');
    expect(invalidReason(`${'a'.repeat(250)}@x.com`)).toBe('Longer than 254 characters.');
  });
});

describe('checkAgainstOrganization', () => {
  const facts = { members: new Set(['member@x.com']), pending: new Set(['invited@x.com']) };

  it('marks members and pending invitees, leaves new addresses valid', () => {
    const entries = checkAgainstOrganization(
      parseEmailList('Member@x.com invited@x.com new@x.com'),
      facts,
    );
    expect(entries.map((e) => [e.email, e.verdict, e.reason])).toEqual([
      ['member@x.com', 'member', 'Already a member of the organization.'],
      ['invited@x.com', 'pending', 'Already invited: that invite is still pending.'],
      ['new@x.com', 'valid', null],
    ]);
  });

  it('keeps the first verdict of invalid and duplicate entries', () => {
    const entries = checkAgainstOrganization(
      parseEmailList('member@x.com member@x.com bad'),
      facts,
    );
    expect(entries.map((e) => e.verdict)).toEqual(['member', 'duplicate', 'invalid']);
  });

  it('counts verdicts and lists only valid new addresses to send, in order', () => {
    const entries = checkAgainstOrganization(
      parseEmailList('b@x.com member@x.com bad a@x.com b@x.com invited@x.com'),
      facts,
    );
    expect(countVerdicts(entries)).toEqual({
      valid: 2,
      invalid: 1,
      duplicate: 1,
      member: 1,
      pending: 1,
    });
    expect(addressesToSend(entries)).toEqual(['b@x.com', 'a@x.com']);
  });
});
