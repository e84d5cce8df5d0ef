import type { WebWorker } from 'puppeteer-core';

/** The service worker or any extension page (a Page has the same evaluate). */
export type ExtensionContext = Pick<WebWorker, 'evaluate'>;

// The extension's storage, read and written inside the extension (its service worker or one of its
// pages, where `chrome` exists), for assertions on what it keeps and for storage scans.

type StorageArea = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};
declare const chrome: { storage: { local: StorageArea; session: StorageArea; sync: StorageArea; managed: StorageArea } };

export interface StorageDump {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** Everything in the extension's local, session and sync storage. */
export async function dumpExtensionStorage(context: ExtensionContext): Promise<StorageDump> {
  return context.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
}

/** One key of storage.local (undefined when absent). */
export async function readLocalStorage(context: ExtensionContext, key: string): Promise<unknown> {
  return context.evaluate(async (wanted) => (await chrome.storage.local.get(wanted))[wanted], key);
}

export async function writeLocalStorage(context: ExtensionContext, items: Record<string, unknown>): Promise<void> {
  await context.evaluate((values) => chrome.storage.local.set(values), items);
}

export async function removeLocalStorage(context: ExtensionContext, keys: string[]): Promise<void> {
  await context.evaluate((names) => chrome.storage.local.remove(names), keys);
}

/** What the browser hands the extension as managed (enterprise) policy. */
export async function readManagedStorage(context: ExtensionContext): Promise<Record<string, unknown>> {
  return context.evaluate(() => chrome.storage.managed.get(null));
}
