// Looks for a secret anywhere in a dump of what the extension stored or logged (storage areas,
// IndexedDB rows, console messages): as text, UTF-8 / UTF-16 bytes, base64 (any alignment, standard
// and URL-safe), hex, URL-encoding and JSON escaping. Unit tests and the e2e storage scan share it.

export interface SecretSighting {
  /** How the secret was written, e.g. "utf-8 base64 (offset 1)". */
  encoding: string;
  /** Where, as a JSON-ish path from the dump's root, e.g. `$.local["vault.item.x"].sealed`. */
  path: string;
}

interface Needle {
  encoding: string;
  text: string;
  caseInsensitive?: boolean;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Base64 of the bytes as they would appear inside a longer base64 text, for each of the 3 alignments. */
function base64Needles(label: string, bytes: Uint8Array): Needle[] {
  const needles: Needle[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const shifted = new Uint8Array(offset + bytes.length);
    shifted.set(bytes, offset);
    const encoded = Buffer.from(shifted).toString('base64');
    // Keep only the characters that depend on the secret's bits alone.
    const first = Math.ceil((offset * 8) / 6);
    const total = offset + bytes.length;
    const last = Math.floor(total / 3) * 4 + (total % 3);
    const standard = encoded.slice(first, last);
    needles.push({ encoding: `${label} base64 (offset ${offset})`, text: standard });
    const urlSafe = standard.replaceAll('+', '-').replaceAll('/', '_');
    if (urlSafe !== standard) needles.push({ encoding: `${label} base64url (offset ${offset})`, text: urlSafe });
  }
  return needles;
}

function bytesNeedles(label: string, bytes: Uint8Array): Needle[] {
  return [
    { encoding: `${label} bytes`, text: latin1(bytes) },
    { encoding: `${label} hex`, text: Buffer.from(bytes).toString('hex'), caseInsensitive: true },
    ...base64Needles(label, bytes),
  ];
}

function secretNeedles(secret: string): Needle[] {
  if (secret.length < 8) throw new Error('findSecretIn needs a secret of at least 8 characters to avoid false alarms.');
  const utf8 = new Uint8Array(Buffer.from(secret, 'utf8'));
  const utf16le = new Uint8Array(Buffer.from(secret, 'utf16le'));
  const utf16be = new Uint8Array(utf16le.length);
  for (let i = 0; i < utf16le.length; i += 2) {
    utf16be[i] = utf16le[i + 1]!;
    utf16be[i + 1] = utf16le[i]!;
  }
  // Percent-escapes may come in either case; the rest of the secret may not change case.
  const urlEncodings: [string, string][] = [
    ['encodeURIComponent', encodeURIComponent(secret)],
    ['form', new URLSearchParams({ s: secret }).toString().slice(2)],
    ['encodeURI', encodeURI(secret)],
  ];
  const urlForms = urlEncodings.flatMap(([how, text]) => [
    { encoding: `URL-encoded (${how})`, text },
    { encoding: `URL-encoded (${how}, lower-case escapes)`, text: text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()) },
  ]);
  const all: Needle[] = [
    { encoding: 'text', text: secret },
    { encoding: 'JSON-escaped', text: JSON.stringify(secret).slice(1, -1) },
    ...urlForms,
    ...bytesNeedles('utf-8', utf8),
    ...bytesNeedles('utf-16le', utf16le),
    ...bytesNeedles('utf-16be', utf16be),
  ];
  // One needle per distinct text: for an ASCII secret most forms coincide with the plain text.
  const seen = new Set<string>();
  return all.filter((needle) => {
    const key = `${needle.caseInsensitive ? 'i' : 's'}:${needle.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isByte = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 255;

/** Arrays of byte values, typed arrays, and typed arrays that JSON turned into {"0":…,"1":…}. */
function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isByte)) return Uint8Array.from(value as number[]);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([key, item], index) => key === String(index) && isByte(item))) {
      return Uint8Array.from(entries.map(([, item]) => item as number));
    }
  }
  return undefined;
}

export function findSecretIn(dump: unknown, secret: string): SecretSighting[] {
  const needles = secretNeedles(secret);
  const sightings: SecretSighting[] = [];
  const check = (haystack: string, path: string) => {
    const lower = haystack.toLowerCase();
    for (const needle of needles) {
      const found = needle.caseInsensitive ? lower.includes(needle.text.toLowerCase()) : haystack.includes(needle.text);
      if (found) sightings.push({ encoding: needle.encoding, path });
    }
  };
  const visited = new Set<object>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') return check(value, path);
    if (typeof value !== 'object' || value === null || visited.has(value)) return;
    visited.add(value);
    const bytes = asBytes(value);
    if (bytes) return check(latin1(bytes), `${path} (as bytes)`);
    for (const [key, item] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}[${JSON.stringify(key)}]`;
      check(key, `${childPath} (key)`);
      walk(item, childPath);
    }
  };
  walk(dump, '$');
  return sightings;
}
