import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import { LOCAL_POLICY_KEY } from '@/utils/policy/storage-keys';
import { clearLocalPolicy, readLocalPolicy, readStoredPolicy, saveLocalPolicy, watchStoredPolicy } from '@/utils/policy/stored-policy';

describe('stored policy (storage.managed + storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('resolves managed over local and reads the local document back', async () => {
    await fakeBrowser.storage.managed.set({ enforcement: 'block' });
    await saveLocalPolicy({ enforcement: 'warn', maxPairsPerCredential: 2 });
    const resolved = await readStoredPolicy();
    expect(resolved.policy).toMatchObject({ enforcement: 'block', maxPairsPerCredential: 2 });
    expect(resolved.provenance).toMatchObject({ enforcement: 'managed', maxPairsPerCredential: 'local' });
    expect(await readLocalPolicy()).toEqual({ enforcement: 'warn', maxPairsPerCredential: 2 });
  });

  it('has no local document when none is stored or the stored one is invalid', async () => {
    expect(await readLocalPolicy()).toBeUndefined();
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { enforcement: 'sometimes' } });
    expect(await readLocalPolicy()).toBeUndefined();
  });

  it('calls back with the new effective policy when a source changes, until unsubscribed', async () => {
    const seen: ResolvedPolicy[] = [];
    const stop = watchStoredPolicy((resolved) => seen.push(resolved));
    await saveLocalPolicy({ enforcement: 'block' });
    await vi.waitFor(() => expect(seen.at(-1)?.provenance.enforcement).toBe('local'));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await clearLocalPolicy();
    await vi.waitFor(() => expect(seen.at(-1)?.provenance.enforcement).toBe('default'));
    expect(seen).toHaveLength(2);
    stop();
    await saveLocalPolicy({ enforcement: 'off' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });
});
