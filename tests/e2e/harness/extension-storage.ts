import type { Browser, Page, WebWorker } from 'puppeteer-core';
import type { AuditRecord } from '../../../utils/audit/record';
import { AUDIT_CHUNK_PREFIX, AUDIT_INDEX_KEY } from '../../../utils/policy/storage-keys';
import { openExtensionPage } from './extension-pages';
import type { LaunchedBrowser } from './launch-browser.mjs';

// Code that runs with the extension's own privileges, for tests that read its storage: in Chromium
// the service worker; in Firefox an extension page in a tab of its own (the MV2 background page is
// not reachable over WebDriver BiDi), opened once per browser.

type StorageDump = Record<string, unknown>;

export interface ExtensionStorage {
  local: StorageDump;
  session: StorageDump;
  sync: StorageDump;
}

const firefoxContexts = new WeakMap<Browser, Promise<Page>>();

function firefoxContext(launched: LaunchedBrowser): Promise<Page> {
  const open = () => {
    const opening = openExtensionPage(launched.browser, requireId(launched), 'popup.html');
    firefoxContexts.set(launched.browser, opening);
    opening.catch(() => firefoxContexts.delete(launched.browser));
    return opening;
  };
  const known = firefoxContexts.get(launched.browser);
  // A test may have closed the tab: open another.
  return known ? known.then((page) => (page.isClosed() ? open() : page)) : open();
}

function requireId(launched: LaunchedBrowser): string {
  if (!launched.extensionId) throw new Error('The extension is not installed in this browser (launchBrowser({ extension: false })?).');
  return launched.extensionId;
}

/**
 * Runs `fn` where the extension's APIs are (`chrome` in Chromium's worker; `browser` and `chrome`
 * in Firefox) and returns its result, which must be serializable.
 */
export async function evaluateInExtension<T>(launched: LaunchedBrowser, fn: () => T | Promise<T>): Promise<Awaited<T>> {
  if (launched.kind === 'firefox') return (await firefoxContext(launched)).evaluate(fn) as Promise<Awaited<T>>;
  if (!launched.worker) throw new Error('The extension is not installed in this browser (launchBrowser({ extension: false })?).');
  return launched.worker.evaluate(fn) as Promise<Awaited<T>>;
}

/**
 * Evaluated where the extension's APIs are: everything in storage.local, storage.session and
 * storage.sync. Firefox's promise-returning API is `browser`; Chromium's `chrome` returns promises too.
 */
export async function dumpStorage(): Promise<ExtensionStorage> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  type Api = { storage: { local: Area; session: Area; sync: Area } };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const { storage } = scope.browser ?? scope.chrome;
  return { local: await storage.local.get(null), session: await storage.session.get(null), sync: await storage.sync.get(null) };
}

/** Everything the extension keeps in storage.local, storage.session and storage.sync. */
export function readExtensionStorage(launched: LaunchedBrowser): Promise<ExtensionStorage> {
  return evaluateInExtension(launched, dumpStorage);
}

/** The service worker or any extension page (a Page has the same evaluate). */
export type ExtensionContext = Pick<WebWorker, 'evaluate'>;

type StorageArea = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};
// Evaluated inside the extension (its worker or pages). Firefox's `chrome` takes callbacks and
// returns nothing in an MV2 page; its `browser` returns promises, like Chromium's `chrome`.
declare const chrome: { storage: { local: StorageArea; managed: StorageArea } };
declare const browser: typeof chrome | undefined;

/** One key of storage.local (undefined when absent). */
export async function readLocalStorage(context: ExtensionContext, key: string): Promise<unknown> {
  return context.evaluate(async (wanted) => (await (typeof browser === 'undefined' ? chrome : browser).storage.local.get(wanted))[wanted], key);
}

/**
 * The audit log as the background stores it (utils/audit/chunk-plan.ts): its chunks' records in the
 * index's order, oldest first, past each chunk's `skip`; [] when there is no index. Read in one evaluation, index first.
 */
export async function storedAuditRecords(context: ExtensionContext): Promise<AuditRecord[]> {
  return context.evaluate(
    async (indexKey, chunkKeyPrefix) => {
      const { local } = (typeof browser === 'undefined' ? chrome : browser).storage;
      const index = (await local.get(indexKey))[indexKey] as { chunks: { id: number; skip?: number }[] } | undefined;
      if (!index) return [];
      const chunks = await local.get(index.chunks.map((chunk) => `${chunkKeyPrefix}${chunk.id}`));
      return index.chunks.flatMap((chunk) => ((chunks[`${chunkKeyPrefix}${chunk.id}`] ?? []) as AuditRecord[]).slice(chunk.skip ?? 0));
    },
    AUDIT_INDEX_KEY,
    AUDIT_CHUNK_PREFIX,
  );
}

export async function writeLocalStorage(context: ExtensionContext, items: Record<string, unknown>): Promise<void> {
  await context.evaluate((values) => (typeof browser === 'undefined' ? chrome : browser).storage.local.set(values), items);
}

export async function removeLocalStorage(context: ExtensionContext, keys: string[]): Promise<void> {
  await context.evaluate((names) => (typeof browser === 'undefined' ? chrome : browser).storage.local.remove(names), keys);
}

/** What the browser hands the extension as managed (enterprise) policy. */
export async function readManagedStorage(context: ExtensionContext): Promise<Record<string, unknown>> {
  return context.evaluate(() => (typeof browser === 'undefined' ? chrome : browser).storage.managed.get(null));
}
