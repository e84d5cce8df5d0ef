import type { WebWorker } from 'puppeteer-core';

// What the extension has stored, read inside its service worker (where `chrome` exists).

export interface ExtensionStorage {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
declare const chrome: { storage: { local: StorageArea; session: StorageArea; sync: StorageArea } };

/** Every key of storage.local, .session and .sync. */
export async function extensionStorage(worker: WebWorker): Promise<ExtensionStorage> {
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
}

/** The keys of the vault's items (`vault.item.<id>`) in storage.local. */
export function vaultItemKeys(storage: ExtensionStorage): string[] {
  return Object.keys(storage.local).filter((key) => key.startsWith('vault.item.'));
}
