import type { Browser, Page, Target, WebWorker } from 'puppeteer-core';
import { LOCAL_POLICY_KEY } from '../../../utils/policy/storage-keys';
import { collectConsole } from './console-log';
import { dumpStorage, type ExtensionContext, type ExtensionStorage } from './extension-storage';

// The extension's own state, seen from its service worker and its pages: storage areas, IndexedDB,
// the local policy, the toolbar badge, and stopping the service worker like Chrome does when idle.

// Evaluated inside the extension's worker or pages, where `chrome` exists.
type StorageArea = {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
};
declare const chrome: {
  storage: { local: StorageArea; session: StorageArea; sync: StorageArea };
  action: { getBadgeText(details: object): Promise<string> };
};

/**
 * The extension's running service worker, once there is one (a stopped worker comes back when
 * something wakes it, e.g. a content script's message). Its console is collected from here on.
 */
export async function extensionWorker(browser: Browser, extensionId: string, { timeout = 10_000 } = {}): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout },
  );
  const worker = await target.worker();
  if (!worker) throw new Error(`The extension ${extensionId} has a service worker target but no worker.`);
  collectConsole(worker);
  return worker;
}

/** Stops the service worker by closing its target (as Chrome stops an idle one), and waits until it is gone. */
export async function stopServiceWorker(browser: Browser, worker: WebWorker): Promise<void> {
  const target = browser.targets().find((candidate) => candidate.type() === 'service_worker' && candidate.url() === worker.url());
  if (!target) throw new Error(`No service worker target at ${worker.url()}.`);
  const gone = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The service worker did not stop within 5 s.')), 5_000);
    const onDestroyed = (destroyed: Target) => {
      if (destroyed !== target) return;
      clearTimeout(timer);
      browser.off('targetdestroyed', onDestroyed);
      resolve();
    };
    browser.on('targetdestroyed', onDestroyed);
  });
  await worker.close();
  await gone;
}

/** Everything in storage.local, storage.session and storage.sync, read by a given (possibly restarted) worker or an extension page. */
export function extensionStorage(context: ExtensionContext): Promise<ExtensionStorage> {
  return context.evaluate(dumpStorage);
}

/** Every record of every IndexedDB database of the extension's origin, read from one of its pages. */
export async function extensionIndexedDb(page: Page) {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const dump: Record<string, Record<string, { keys: unknown[]; values: unknown[] }>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      dump[name] = {};
      for (const store of Array.from(db.objectStoreNames)) {
        const objects = db.transaction(store).objectStore(store);
        dump[name][store] = { keys: await request(objects.getAllKeys()), values: await request(objects.getAll()) };
      }
      db.close();
    }
    return dump;
  });
}

/** Writes (or, with undefined, removes) the local policy, as the options page's import would. */
export async function setLocalPolicy(worker: WebWorker, policy: object | undefined): Promise<void> {
  await worker.evaluate(
    async (key, value) => {
      if (value === null) await chrome.storage.local.remove(key);
      else await chrome.storage.local.set({ [key]: value });
    },
    LOCAL_POLICY_KEY,
    policy ?? null,
  );
}

/** The toolbar badge text ('' when none). */
export async function badgeText(worker: WebWorker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
