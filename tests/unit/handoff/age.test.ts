import { describe, expect, it } from 'vitest';
import { ARMOR_BEGIN, ARMOR_END, decryptPackage, encryptPackage, type DecryptWith } from '@/utils/handoff/age';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { HandoffError, type HandoffErrorKind } from '@/utils/handoff/errors';

// Low scrypt work factor everywhere but the one default-factor test: the format is the same.
const FAST = 10;
// The flip loop decrypts once per byte: a lower factor still, the format is the same.
const FASTEST = 4;
const PASSPHRASE = 'lavender lunacy quickness ladybug playful reaffirm';
const PLAINTEXT = '{"secret":"i7BKNOG:1z1A)bqaY(]F"}';

async function failure(run: Promise<unknown>): Promise<HandoffError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof HandoffError) return error;
    throw error;
  }
  throw new Error('expected a HandoffError');
}

const keyPair = await generateRecipientKeyPair();
const otherKeyPair = await generateRecipientKeyPair();
const byKey = await encryptPackage(PLAINTEXT, { recipients: [keyPair.recipient] });
const byPassphrase = await encryptPackage(PLAINTEXT, { passphrase: PASSPHRASE, workFactor: FAST });
const withIdentity: DecryptWith = { identityFile: keyPair.identityFile };
const withPassphrase: DecryptWith = { passphrase: PASSPHRASE };

describe('round trips', () => {
  it.each([
    ['X25519, binary', byKey.binary, withIdentity],
    ['X25519, armored', byKey.armored, withIdentity],
    ['passphrase, binary', byPassphrase.binary, withPassphrase],
    ['passphrase, armored', byPassphrase.armored, withPassphrase],
    ['X25519, armored text saved as a .age file', new TextEncoder().encode(byKey.armored), withIdentity],
    ['X25519, armored inside a pasted email', `Hello,\r\n\r\nhere it is:\r\n\r\n${byKey.armored.replaceAll('\n', '\r\n')}\r\n-- \r\nsignature`, withIdentity],
  ] as const)('%s', async (_case, input, key) => {
    expect(await decryptPackage(input, key)).toBe(PLAINTEXT);
  });

  it('armored and binary are the same ciphertext', () => {
    expect(byKey.armored.startsWith(`${ARMOR_BEGIN}\n`)).toBe(true);
    expect(byKey.armored.endsWith(`${ARMOR_END}\n`)).toBe(true);
    const base64 = byKey.armored.split('\n').slice(1, -2).join('');
    expect(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))).toEqual(byKey.binary);
  });

  it('encrypts to several recipients, each of whom can open it', async () => {
    const both = await encryptPackage(PLAINTEXT, { recipients: [keyPair.recipient, ` ${otherKeyPair.recipient}\n`] });
    expect(await decryptPackage(both.binary, withIdentity)).toBe(PLAINTEXT);
    expect(await decryptPackage(both.binary, { identityFile: otherKeyPair.identityFile })).toBe(PLAINTEXT);
  });

  // Decrypting at the default factor is covered by the age CLI interop test (age -p always uses 18).
  it('uses the given scrypt work factor, and 18 by default', async () => {
    const header = (binary: Uint8Array) => new TextDecoder().decode(binary).split('\n')[1];
    expect(header(byPassphrase.binary)).toMatch(/^-> scrypt \S+ 10$/);
    const slow = await encryptPackage(PLAINTEXT, { passphrase: PASSPHRASE });
    expect(header(slow.binary)).toMatch(/^-> scrypt \S+ 18$/);
  }, 60_000);

  it.each([0, 21, 2.5])('refuses scrypt work factor %s', async (workFactor) => {
    await expect(encryptPackage(PLAINTEXT, { passphrase: PASSPHRASE, workFactor })).rejects.toThrow(RangeError);
  });

  it.each([
    [{ passphrase: '' }, 'invalid-passphrase'],
    [{ recipients: [] }, 'invalid-recipient'],
    [{ recipients: ['age1notakey'] }, 'invalid-recipient'],
  ] as const)('refuses to encrypt to %j', async (to, kind) => {
    expect((await failure(encryptPackage(PLAINTEXT, to))).kind).toBe(kind);
  });
});

describe('every single-bit change of a binary package is rejected', () => {
  async function eachFlip(binary: Uint8Array, key: DecryptWith): Promise<Map<HandoffErrorKind, number>> {
    const kinds = new Map<HandoffErrorKind, number>();
    for (let position = 0; position < binary.length; position++) {
      const changed = binary.slice();
      changed[position] = (changed[position] ?? 0) ^ 0x01;
      const error = await failure(decryptPackage(changed, key));
      kinds.set(error.kind, (kinds.get(error.kind) ?? 0) + 1);
    }
    return kinds;
  }

  it('X25519 package, every byte position', async () => {
    const kinds = await eachFlip(byKey.binary, withIdentity);
    expect([...kinds.values()].reduce((a, b) => a + b)).toBe(byKey.binary.length);
    // Header MAC and payload tag failures; a changed key stanza can only look like another key.
    expect([...kinds.keys()].sort()).toEqual(['not-age', 'tampered', 'wrong-key']);
    expect(kinds.get('tampered')).toBeGreaterThan(byKey.binary.length / 2);
  }, 30_000);

  it('passphrase package, every byte position', async () => {
    const small = await encryptPackage(PLAINTEXT, { passphrase: PASSPHRASE, workFactor: FASTEST });
    const kinds = await eachFlip(small.binary, withPassphrase);
    expect([...kinds.values()].reduce((a, b) => a + b)).toBe(small.binary.length);
    // Changing the stanza type leaves no scrypt stanza: the file then reads as key-encrypted.
    expect([...kinds.keys()].sort()).toEqual(['needs-identity', 'not-age', 'tampered', 'wrong-passphrase']);
  }, 30_000);
});

describe('failures are named', () => {
  it.each([
    ['a wrong passphrase', byPassphrase.binary, { passphrase: 'lavender lunacy quickness ladybug playful reaffirms' }, 'wrong-passphrase'],
    ['a wrong identity', byKey.binary, { identityFile: otherKeyPair.identityFile }, 'wrong-key'],
    ['a passphrase for a key package', byKey.armored, withPassphrase, 'needs-identity'],
    ['an identity for a passphrase package', byPassphrase.armored, withIdentity, 'needs-passphrase'],
    ['empty input', new Uint8Array(0), withIdentity, 'not-age'],
    ['text that is not armored', 'hello, this is a letter', withIdentity, 'not-age'],
    ['a PNG file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), withIdentity, 'not-age'],
    ['armor without its END line', byKey.armored.split('\n').slice(0, -2).join('\n'), withIdentity, 'truncated'],
    ['armor re-wrapped at 60 columns', rewrap(byKey.armored, 60), withIdentity, 'armor-damaged'],
    ['armor with a character that is not base64', byKey.armored.replace(/\n(.)/, '\n*'), withIdentity, 'armor-damaged'],
    ['armor quoted by a mail reply', byKey.armored.replaceAll('\n', '\n> '), withIdentity, 'armor-damaged'],
  ] as const)('%s', async (_case, input, key, kind) => {
    expect((await failure(decryptPackage(input, key))).kind).toBe(kind);
  });

  it('every truncation of a binary package is rejected, as truncated while the header or first tag is incomplete', async () => {
    const text = new TextDecoder().decode(byKey.binary);
    const headerEnd = text.indexOf('\n', text.indexOf('\n--- ') + 1) + 1;
    for (let length = 1; length < byKey.binary.length; length++) {
      const error = await failure(decryptPackage(byKey.binary.subarray(0, length), withIdentity));
      // Inside the payload, age cannot tell a cut from a change: its tag just fails.
      expect(error.kind, `cut at ${length}`).toBe(length < headerEnd + 32 ? 'truncated' : 'tampered');
    }
  }, 30_000);

  it('messages carry neither the passphrase nor the identity', async () => {
    const wrongPassphrase = await failure(decryptPackage(byPassphrase.binary, { passphrase: 'correct horse battery staple' }));
    expect(wrongPassphrase.message).not.toContain('correct horse');
    const identity = keyPair.identityFile.split('\n')[2] ?? '';
    const wrongKey = await failure(decryptPackage(byKey.binary, { identityFile: otherKeyPair.identityFile }));
    const malformed = await failure(decryptPackage(byKey.binary, { identityFile: identity.slice(0, -1) }));
    for (const error of [wrongKey, malformed]) expect(error.message).not.toContain('AGE-SECRET-KEY');
  });
});

function rewrap(armored: string, width: number): string {
  const lines = armored.trim().split('\n');
  const body = lines.slice(1, -1).join('');
  const wrapped = body.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
  return [lines[0], ...wrapped, lines.at(-1)].join('\n');
}
