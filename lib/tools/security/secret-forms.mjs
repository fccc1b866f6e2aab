// Finding a secret wherever it may have leaked: the forms it can take (as is, URL-encoded, base64
// and base64url), each also for its distinctive suffix alone, and a scan of many places for them.

/**
 * `text` base64-encoded at each of the three byte alignments, trimmed to the characters that
 * depend on `text` alone: so it is found inside any longer base64 value, wherever it starts.
 */
export function base64Inside(text, alphabet = 'base64') {
  const bytes = Buffer.from(text);
  const found = [];
  for (let shift = 0; shift < 3; shift += 1) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(alphabet).replace(/=+$/, '');
    found.push(encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6)));
  }
  return found;
}

/** Every form of `secret` (and of `suffix`, its distinctive part) to look for: `{ label, needle }`. */
export function secretForms(secret, suffix) {
  const forms = new Map();
  const add = (label, text) => {
    if (!forms.has(text)) forms.set(text, label);
  };
  for (const [prefix, text] of [['', secret], ['suffix ', suffix]]) {
    if (!text) continue;
    add(`${prefix}raw`, text);
    add(`${prefix}url-encoded`, encodeURIComponent(text));
    for (const needle of base64Inside(text)) add(`${prefix}base64`, needle);
    for (const needle of base64Inside(text, 'base64url')) add(`${prefix}base64url`, needle);
  }
  return [...forms].map(([needle, label]) => ({ label, needle: Buffer.from(needle) }));
}

/**
 * Looks for the forms in each place (`{ where, bytes }`); returns the bytes and places scanned and
 * the places with a hit, each with the forms found there.
 */
export function scanPlaces(places, forms) {
  let bytes = 0;
  const hits = [];
  for (const place of places) {
    bytes += place.bytes.length;
    const labels = forms.filter((form) => place.bytes.includes(form.needle)).map((form) => form.label);
    if (labels.length > 0) hits.push({ ...place, labels: [...new Set(labels)] });
  }
  return { bytes, places: places.length, hits };
}
