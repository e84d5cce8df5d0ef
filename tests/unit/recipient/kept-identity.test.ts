import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { forgetIdentity, keepIdentity, KEPT_IDENTITY_KEY, readKeptIdentity } from '@/utils/recipient/kept-identity';

const keys = await generateRecipientKeyPair(new Date('2025-03-04T10:00:00Z'));
const kept = { identityFile: keys.identityFile, recipient: keys.recipient, created: Date.parse('2025-03-04T10:00:00Z') };

describe('the identity kept for the browser session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept in storage.session only, read back and forgotten', async () => {
    expect(await readKeptIdentity()).toBeUndefined();
    await keepIdentity(kept);
    expect(await fakeBrowser.storage.session.get(KEPT_IDENTITY_KEY)).toEqual({ [KEPT_IDENTITY_KEY]: kept });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readKeptIdentity()).toEqual(kept);
    await forgetIdentity();
    expect(await readKeptIdentity()).toBeUndefined();
  });

  it.each([
    ['not an identity file', { ...kept, identityFile: 'hello' }],
    ['a stray field', { ...kept, secret: 'x' }],
    ['a bad recipient', { ...kept, recipient: 'age1nope' }],
    ['not an object', 'AGE-SECRET-KEY-1'],
  ])('reads as none when what is stored is %s', async (_case, stored) => {
    await fakeBrowser.storage.session.set({ [KEPT_IDENTITY_KEY]: stored });
    expect(await readKeptIdentity()).toBeUndefined();
  });

  it('refuses to keep something that is not an identity, and keeps nothing', async () => {
    await expect(keepIdentity({ ...kept, identityFile: '# nothing here\n' })).rejects.toThrow();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
