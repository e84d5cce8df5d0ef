import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { captureContextSchema, markUnopenable, recipientSchema, sealedSchema, summarise, vaultItemSchema } from '@/utils/vault/item';
import { sealSecret } from '@/utils/vault/seal';
import { context, sealedItem, T0 } from './fixtures';

describe('vault item schema', () => {
  it('accepts what sealing produces and a real recipient', async () => {
    const recipient = await identityToRecipient(await generateX25519Identity());
    expect(recipientSchema.safeParse(recipient).success).toBe(true);
    expect(sealedSchema.safeParse(await sealSecret(recipient, new TextEncoder().encode('x:(]y'))).success).toBe(true);
  });

  it.each([
    ['plaintext', 'i7BKNOG:1z1A)bqaY(]F'],
    ['a binary age header', 'age-encryption.org/v1\n-> X25519 abc\n'],
    ['armor with foreign content', '-----BEGIN AGE ENCRYPTED FILE-----\n<script>\n-----END AGE ENCRYPTED FILE-----\n'],
  ])('rejects %s as sealed content', (_label, text) => {
    expect(sealedSchema.safeParse(text).success).toBe(false);
  });

  it('rejects a context with a field it does not know', () => {
    expect(captureContextSchema.safeParse({ ...context(), secret: 'x' }).success).toBe(false);
  });

  it.each([
    ['unknown state', { ...sealedItem(), state: 'open' }],
    ['missing ciphertext', { ...sealedItem(), sealed: undefined }],
    ['negative time', { ...sealedItem(), capturedAt: -1 }],
    ['malformed OCID', { ...sealedItem(), ocid: 'ocid1.user.oc1..aaaaaaaaaaaaaaaaaaaa' }],
    ['empty credential name', { ...sealedItem(), context: context({ credentialName: '' }) }],
  ])('rejects an item with %s', (_label, item) => {
    expect(vaultItemSchema.safeParse(item).success).toBe(false);
  });

  it('turns a sealed item into an unopenable one without its ciphertext or recipient', () => {
    const item = sealedItem();
    if (item.state !== 'sealed') throw new Error('fixture');
    const lost = markUnopenable(item, T0 + 5);
    expect(vaultItemSchema.parse(lost)).toEqual({ ...summarise(item), schemaVersion: 1, state: 'unopenable', lostAt: T0 + 5 });
  });

  it('summarises an item without its ciphertext', () => {
    const summary = summarise(sealedItem());
    expect(Object.keys(summary).sort()).toEqual(['capturedAt', 'context', 'expiresAt', 'id', 'state']);
  });
});
