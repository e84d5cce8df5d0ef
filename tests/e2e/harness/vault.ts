import type { Page } from 'puppeteer-core';
import type { ExtensionStorage } from './extension-storage';
import { vaultItemKeys } from './storage';
import { captureSecret } from './vault-flow';
import { generateCredential, type DraftToType } from './walk';

// The handoff vault seen from a test: capture a new credential's secret like a user, and read what
// the extension stored (for storage scans and "is the item gone" checks).

/** The ids of the items in the vault (storage keys `vault.item.<id>`). */
export function vaultItemIds(storage: ExtensionStorage): string[] {
  return vaultItemKeys(storage).map((key) => key.slice('vault.item.'.length));
}

/**
 * On a Console page at a user's credentials: generates a credential from `draft`, presses
 * "Capture into handoff vault" with a real click, and waits until it is captured. The secret dialog
 * stays open. Returns the secret the dialog showed.
 */
export async function generateAndCapture(page: Page, draft: DraftToType): Promise<string> {
  const secret = await generateCredential(page, draft);
  await captureSecret(page);
  return secret;
}
