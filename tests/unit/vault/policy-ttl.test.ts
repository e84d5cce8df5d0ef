import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_POLICY_KEY } from '@/utils/policy/storage-keys';
import { ttlFromStoredPolicy } from '@/utils/vault/policy-ttl';
import { sealSecret } from '@/utils/vault/seal';
import { startBackground } from './background';
import { context, HOUR, itemId, T0 } from './fixtures';

// The vault's time to live comes from the stored policy at each capture.

async function captureWith(background: ReturnType<typeof startBackground>) {
  const sealed = await sealSecret(await background.vault.recipient(), new TextEncoder().encode('i7BKNOG:1z1A)bqaY(]F'));
  const { itemId: id } = await background.vault.store({ captureId: itemId(), sealed, context: context() });
  const { items } = await background.vault.list();
  const item = items.find((candidate) => candidate.id === id);
  return (item?.expiresAt ?? 0) - (item?.capturedAt ?? 0);
}

describe('ttlFromStoredPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown, number]>([
    ['no policy: the default 24 h', undefined, 24 * HOUR],
    ['a local policy of 8 h', { vault: { itemTtlHours: 8 } }, 8 * HOUR],
    ['a local policy that sets other vault fields only', { vault: { autoCapture: true } }, 24 * HOUR],
    ['an invalid local policy: rejected as a whole, so the default', { vault: { itemTtlHours: 0 } }, 24 * HOUR],
  ])('%s', async (_label, local, expected) => {
    if (local !== undefined) await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: local });
    expect(await ttlFromStoredPolicy()).toBe(expected);
  });

  it('sets the expiry of each new item from the policy in force when it is captured', async () => {
    const background = startBackground({ clock: { now: T0 }, ttl: ttlFromStoredPolicy });
    expect(await captureWith(background)).toBe(24 * HOUR);
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { vault: { itemTtlHours: 2 } } });
    expect(await captureWith(background)).toBe(2 * HOUR);
  });
});
