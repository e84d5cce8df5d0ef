import type { Page, WebWorker } from 'puppeteer-core';
import { waitForOcg, serviceFrame } from './frames';
import { clickGenerate, fillPanel, openCredentialsList, openGeneratePanel, readSecretFromDialog, type DraftToType } from './walk';

// The handoff vault seen from a test: capture a new credential's secret like a user, and read what
// the extension stored (for storage scans and "is the item gone" checks).

// Evaluated inside the extension's service worker, where `chrome` exists.
type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
declare const chrome: { storage: { local: StorageArea; session: StorageArea; sync: StorageArea } };

export interface ExtensionStorage {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** Everything the extension stored, read in its service worker. */
export async function extensionStorage(worker: WebWorker): Promise<ExtensionStorage> {
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
}

/** The ids of the items in the vault (storage keys `vault.item.<id>`). */
export function vaultItemIds(storage: ExtensionStorage): string[] {
  return Object.keys(storage.local)
    .filter((key) => key.startsWith('vault.item.'))
    .map((key) => key.slice('vault.item.'.length));
}

/**
 * On a Console page at a user's credentials: generates a credential from `draft`, presses
 * "Capture into handoff vault" with a real click, and waits until it is captured. The secret dialog
 * stays open. Returns the secret the dialog showed.
 */
export async function generateAndCapture(page: Page, draft: DraftToType): Promise<string> {
  await openCredentialsList(page);
  await openGeneratePanel(page);
  await fillPanel(page, draft);
  await clickGenerate(page);
  const secret = await readSecretFromDialog(page);
  const frame = await serviceFrame(page);
  const button = await frame.waitForSelector('ocg-capture >>> button');
  await button!.click();
  await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
  return secret;
}
