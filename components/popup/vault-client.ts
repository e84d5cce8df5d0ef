import { browser } from 'wxt/browser';
import type { PageResponses } from '@/utils/messages/page-requests';
import { sendPageRequest } from '@/utils/messages/send';
import { HANDOFF_PAGE } from '@/utils/vault/handoff-page';
import { ITEM_KEY_PREFIX } from '@/utils/vault/storage-keys';

// What the popup needs from the vault, behind one small interface (tests pass a fake).

export interface VaultClient {
  list(): Promise<PageResponses['vault/list']>;
  remove(itemId: string): Promise<void>;
  openHandoff(itemId: string): Promise<void>;
  /** Opens the options page (policy in force, audit log) in a tab of its own. */
  openOptions(): Promise<void>;
  /** Calls back whenever stored vault items change; returns the unsubscribe function. */
  watch(onChange: () => void): () => void;
}

/** The handoff page for one item (built by the handoff feature; it reads `item`). */
export function handoffPageUrl(extensionBaseUrl: string, itemId: string): string {
  const url = new URL(HANDOFF_PAGE, extensionBaseUrl);
  url.searchParams.set('item', itemId);
  return url.href;
}

export function browserVaultClient(): VaultClient {
  return {
    list: () => sendPageRequest({ type: 'vault/list' }),
    remove: async (itemId) => void (await sendPageRequest({ type: 'vault/delete-item', itemId })),
    openHandoff: async (itemId) => {
      await browser.tabs.create({ url: handoffPageUrl(browser.runtime.getURL('/'), itemId) });
      window.close();
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    },
    watch(onChange) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(ITEM_KEY_PREFIX))) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
