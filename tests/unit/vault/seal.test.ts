import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { openSealed, sealSecret } from '@/utils/vault/seal';

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('seal and open', () => {
  it('round-trips a secret through an armored age file that does not contain it', async () => {
    const identity = await generateX25519Identity();
    const sealed = await sealSecret(await identityToRecipient(identity), bytes(SECRET));
    expect(sealed).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
    expect(sealed).not.toContain(SECRET);
    expect(await openSealed(identity, sealed)).toBe(SECRET);
  });

  it('round-trips non-ASCII text', async () => {
    const identity = await generateX25519Identity();
    const secret = 'pässwörd-秘密-🔑';
    expect(await openSealed(identity, await sealSecret(await identityToRecipient(identity), bytes(secret)))).toBe(secret);
  });

  it('cannot be opened with another identity', async () => {
    const sealed = await sealSecret(await identityToRecipient(await generateX25519Identity()), bytes(SECRET));
    await expect(openSealed(await generateX25519Identity(), sealed)).rejects.toThrow();
  });

  it('seals the same secret differently each time', async () => {
    const recipient = await identityToRecipient(await generateX25519Identity());
    expect(await sealSecret(recipient, bytes(SECRET))).not.toBe(await sealSecret(recipient, bytes(SECRET)));
  });

  it.each([
    ['an identity instead of a recipient', 'AGE-SECRET-KEY-1QQQQ'],
    ['a post-quantum recipient', 'age1pq1qqqq'],
    ['garbage', 'not a key'],
  ])('refuses %s', async (_label, recipient) => {
    await expect(sealSecret(recipient, bytes(SECRET))).rejects.toThrow('The vault recipient is not an age X25519 public key.');
  });
});
