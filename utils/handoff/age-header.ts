// A structural look at a binary age file before decrypting it, so that a failure can be named:
// the age library reports a file cut short and a file altered with the same generic errors.
// Format (age-encryption.org/v1): a text header of printable ASCII lines — the version line, one
// `-> type args…` stanza per recipient with base64 body lines, then `--- <MAC>` — and the payload
// (a 16-byte nonce, then ChaCha20-Poly1305 chunks, each with a 16-byte tag).

const VERSION_LINE = new TextEncoder().encode('age-encryption.org/v1\n');
const NEWLINE = 0x0a;
const ASCII = new TextDecoder();
const NONCE_BYTES = 16;
const TAG_BYTES = 16;

export type AgeFileShape =
  | { state: 'not-age' }
  /** The data ends before the header or the first chunk's tag does. */
  | { state: 'truncated' }
  /** A header line holds a byte that is not printable ASCII. */
  | { state: 'damaged' }
  | { state: 'complete'; stanzaTypes: string[] };

export function inspectAgeFile(bytes: Uint8Array): AgeFileShape {
  if (bytes.length === 0 || !startsLike(bytes, VERSION_LINE)) return { state: 'not-age' };
  if (bytes.length < VERSION_LINE.length) return { state: 'truncated' };
  const stanzaTypes: string[] = [];
  let start = VERSION_LINE.length;
  for (;;) {
    const end = bytes.indexOf(NEWLINE, start);
    const line = bytes.subarray(start, end < 0 ? bytes.length : end);
    if (!line.every((byte) => byte >= 0x20 && byte <= 0x7e)) return { state: 'damaged' };
    if (end < 0) return { state: 'truncated' };
    const text = ASCII.decode(line);
    if (text.startsWith('--- ')) {
      const payloadBytes = bytes.length - end - 1;
      return payloadBytes < NONCE_BYTES + TAG_BYTES ? { state: 'truncated' } : { state: 'complete', stanzaTypes };
    }
    if (text.startsWith('-> ')) stanzaTypes.push(text.split(' ')[1] ?? '');
    start = end + 1;
  }
}

/** True when `bytes` and `prefix` agree on their common length. */
function startsLike(bytes: Uint8Array, prefix: Uint8Array): boolean {
  const length = Math.min(bytes.length, prefix.length);
  for (let i = 0; i < length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
