import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readItems } from '@/utils/vault/store';
import { ITEM_KEY_PREFIX } from '@/utils/vault/storage-keys';
import { sealedItem } from './fixtures';

// readItems fetches only the vault's own entries where the browser can list keys, so that a large
// audit log beside them in storage.local does not slow every vault change; elsewhere it reads all.

describe('readItems (storage.local)', () => {
  const item = sealedItem();
  const auditChunk = Array.from({ length: 100 }, (_, i) => ({ big: 'x'.repeat(500), i }));
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [ITEM_KEY_PREFIX + item.id]: item, [`${ITEM_KEY_PREFIX}junk`]: 'junk', 'audit.log.0': auditChunk, 'policy.local': {} });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const expected = { items: [item], problems: [{ key: `${ITEM_KEY_PREFIX}junk`, reason: expect.any(String) }] };

  it('fetches only the vault\'s keys when the browser lists keys', async () => {
    const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & { getKeys?: () => Promise<string[]> };
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    local.getKeys = async () => keys;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readItems()).toEqual(expected);
    expect(get.mock.calls).toEqual([[[ITEM_KEY_PREFIX + item.id, `${ITEM_KEY_PREFIX}junk`]]]);
  });

  it('fetches nothing when the vault is empty', async () => {
    await fakeBrowser.storage.local.remove([ITEM_KEY_PREFIX + item.id, `${ITEM_KEY_PREFIX}junk`]);
    const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & { getKeys?: () => Promise<string[]> };
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    local.getKeys = async () => keys;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readItems()).toEqual({ items: [], problems: [] });
    expect(get).not.toHaveBeenCalled();
  });

  it('reads everything where the browser cannot list keys (Firefox before 143), with the same result', async () => {
    delete (fakeBrowser.storage.local as { getKeys?: unknown }).getKeys;
    expect(await readItems()).toEqual(expected);
  });
});
