import { describe, expect, it } from 'vitest';
import { scanPlaces, secretForms } from './secret-forms.mjs';

const SECRET = 'sk-admin-CANARY-0123456789abcdef';
const SUFFIX = '0123456789abcdef';
const forms = secretForms(SECRET, SUFFIX);
const found = (text: string) => scanPlaces([{ where: 'x', bytes: Buffer.from(text) }], forms).hits[0]?.labels ?? [];

describe('secretForms + scanPlaces', () => {
  it('finds the secret as is, URL-encoded inside a longer value, and its suffix alone', () => {
    expect(found(`{"key":"${SECRET}"}`)).toContain('raw');
    expect(found(`token=${encodeURIComponent(`x ${SECRET} y`)}`)).toContain('raw');
    expect(found(`…${SUFFIX}…`)).toEqual(['suffix raw']);
  });

  it('finds the secret base64-encoded inside longer values at every byte alignment', () => {
    for (const before of ['', 'a', 'ab', 'abc', '{"k":"']) {
      const encoded = Buffer.from(`${before}${SECRET}" and more`).toString('base64');
      expect(found(`cookie=${encoded}`), `after ${JSON.stringify(before)}`).toContain('base64');
      const url = Buffer.from(`${before}\u00ff\u00fe${SECRET}`).toString('base64url');
      expect(found(url).some((label) => /^base64/.test(label)), `base64url after ${JSON.stringify(before)}`).toBe(true);
    }
  });

  it('reports nothing for text without the secret, and counts every byte scanned', () => {
    const result = scanPlaces([{ where: 'a', bytes: Buffer.from('sk-admin-CANARY-0123') }, { where: 'b', bytes: Buffer.from(Buffer.from('unrelated').toString('base64')) }], forms);
    expect(result).toMatchObject({ places: 2, hits: [] });
    expect(result.bytes).toBe(20 + 12);
  });
});
