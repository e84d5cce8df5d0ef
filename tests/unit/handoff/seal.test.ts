import { describe, expect, it } from 'vitest';
import { encryptPackage } from '@/utils/handoff/age';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { HandoffError } from '@/utils/handoff/errors';
import { buildHandoffDocument, serializeHandoffDocument } from '@/utils/handoff/package';
import { openHandoffPackage, sealHandoffPackage } from '@/utils/handoff/seal';
import { EXAMPLE_SECRET, exampleInput } from './fixtures';

const FAST = 10;
const PASSPHRASE = 'unheard rejoice dexterity overlying sturdily vineyard';
const keys = await generateRecipientKeyPair();
const document = buildHandoffDocument(exampleInput());

describe('sealed handoff packages', () => {
  it.each([
    ['passphrase', { passphrase: PASSPHRASE, workFactor: FAST }, { passphrase: PASSPHRASE }],
    ['recipient key', { recipients: [keys.recipient] }, { identityFile: keys.identityFile }],
  ] as const)('open to the same document (%s, armored and binary)', async (_case, to, key) => {
    const sealed = await sealHandoffPackage(document, to);
    expect(await openHandoffPackage(sealed.armored, key)).toEqual(document);
    expect(await openHandoffPackage(sealed.binary, key)).toEqual(document);
  });

  it('keep the secret out of the ciphertext', async () => {
    const sealed = await sealHandoffPackage(document, { recipients: [keys.recipient] });
    expect(new TextDecoder().decode(sealed.binary)).not.toContain(EXAMPLE_SECRET);
    expect(sealed.armored).not.toContain(EXAMPLE_SECRET);
  });

  it.each([
    ['non-JSON plaintext', EXAMPLE_SECRET, 'not-json'],
    ['JSON that is not a package', '{"hello":"world"}', 'not-a-handoff-package'],
    ['an unknown (newer) format version', serializeHandoffDocument(document).replace('"version":1', '"version":7'), 'newer-version'],
    ['a package with a field gone', serializeHandoffDocument(document).replace('"region":"us-ashburn-1",', ''), 'invalid-field'],
  ])('report %s after decrypting', async (_case, plaintext, kind) => {
    const sealed = await encryptPackage(plaintext, { recipients: [keys.recipient] });
    const error = await openHandoffPackage(sealed.armored, { identityFile: keys.identityFile }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HandoffError);
    expect((error as HandoffError).kind).toBe(kind);
    expect((error as HandoffError).message).not.toContain(EXAMPLE_SECRET);
  });
});
