import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  REPLICA_PATHS,
  captureSecret,
  closeDialog,
  consoleUrl,
  extensionWorker,
  generateAndCapture,
  generateCredential,
  openConsole,
  openExtensionPage,
  storedAuditRecords,
  replicaRecords,
  stopServiceWorker,
  useBrowser,
  vaultItemIds,
  extensionStorage,
} from './harness';
import { fillField, makePassphrasePackage, openFromPopup, openPackage, pressMarkDelivered, textOf } from './handoff-pages';

// Chrome stops an idle service worker whenever it likes; capture and handoff must not care. The
// worker is stopped before the capture click and before the OCID pickup, then after each step of a
// handoff (the page opened, the package made) and before Mark delivered: the item is still there and
// opens, the package still opens, delivery still works, and the vault and the audit log hold
// nothing twice, even when a stale tab tries to deliver again.

const launched = useBrowser();
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const DRAFT = {
  name: 'orders-faults',
  description: 'Orders integration calls OIC REST',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' }],
};

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Stops the extension's service worker as Chrome does when it is idle. */
async function stopWorker(): Promise<void> {
  const { browser, extensionId } = launched();
  await stopServiceWorker(browser, await extensionWorker(browser, extensionId!));
}

/** The vault's item ids and the audit kinds recorded for `itemId`, read by an extension page (which does not wake the worker). */
async function state(page: Page, itemId: string) {
  const records = await storedAuditRecords(page);
  const kinds: Record<string, number> = {};
  for (const record of records.filter((entry) => entry.itemId === itemId)) kinds[record.kind] = (kinds[record.kind] ?? 0) + 1;
  return { items: vaultItemIds(await extensionStorage(page)), kinds };
}

describe('capture with the service worker stopped at each step', () => {
  it('captures once and picks up the OCID once when the worker was stopped before the click and before the dialog closed', async () => {
    const { browser } = launched();
    const page = await openConsole(browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
    await generateCredential(page, { ...DRAFT, name: 'orders-capture-stops' });
    await stopWorker();
    // The content script asks the stopped worker for the vault's recipient and hands it the sealed item.
    await captureSecret(page);
    const extensionPage = await openExtensionPage(browser, launched().extensionId!, 'open-package.html');
    const [itemId = ''] = (await state(extensionPage, '')).items;
    await stopWorker();
    await page.bringToFront();
    await closeDialog(page);
    await expect.poll(async () => (await state(extensionPage, itemId)).kinds['ocid-attached'], { timeout: 10_000 }).toBe(1);
    expect(await state(extensionPage, itemId)).toEqual({ items: [itemId], kinds: { 'secret-captured': 1, 'ocid-attached': 1 } });
    // Leave the vault empty for the handoff below.
    await extensionPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'vault/delete-item', itemId: id }), itemId);
    expect((await state(extensionPage, itemId)).items).toEqual([]);
    await Promise.all([extensionPage.close(), page.close()]);
  });
});

describe('the handoff with the service worker stopped at each step', () => {
  it('loses nothing and records nothing twice: page opened, package made, Mark delivered, a stale tab delivering again', async () => {
    const { browser, extensionId } = launched();
    const consolePage = await openConsole(browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
    const secret = await generateAndCapture(consolePage, DRAFT);
    const record = (await replicaRecords(consolePage)).find((created) => created.secret === secret)!;
    await closeDialog(consolePage);
    const [itemId = ''] = vaultItemIds(await extensionStorage(await extensionWorker(browser, extensionId!)));
    const handoff = await openFromPopup(launched(), 'Open handoff', 'handoff.html');
    // The Console tab reports the new row's OCID on an animation frame, which a background tab never gets.
    await consolePage.bringToFront();
    await expect.poll(async () => (await state(handoff, itemId)).kinds['ocid-attached'], { timeout: 10_000 }).toBe(1);
    await handoff.bringToFront();

    // 1. The page is open: the worker stops; the page reloaded opens the same item again.
    await stopWorker();
    await handoff.reload({ waitUntil: 'load' });
    await handoff.waitForSelector('main[data-state="ready"]');
    await handoff.locator('::-p-aria(Show secret)').click();
    expect(await textOf(handoff, '[data-secret-shown="true"]')).toBe(secret);
    await handoff.locator('::-p-aria(Hide secret)').click();
    expect(await state(handoff, itemId)).toEqual({ items: [itemId], kinds: { 'secret-captured': 1, 'ocid-attached': 1, 'item-opened': 2 } });

    // 2. The package is made (in the page's own worker): the worker stops; the package opens.
    const made = await makePassphrasePackage(handoff);
    await stopWorker();
    const open = await openExtensionPage(browser, extensionId!, 'open-package.html');
    await fillField(open, '#package-text', made.armored);
    await fillField(open, '#passphrase', made.passphrase);
    expect(await openPackage(open)).toEqual({ opened: true });
    expect(await textOf(open, '[data-client-id]')).toBe(record.ocid);
    await open.close();
    // A second tab on the same item, as a user who opened the handoff twice.
    const stale = await openExtensionPage(browser, extensionId!, `handoff.html?item=${itemId}`);
    await stale.waitForSelector('main[data-state="ready"]');
    expect(await state(handoff, itemId)).toEqual({ items: [itemId], kinds: { 'secret-captured': 1, 'ocid-attached': 1, 'item-opened': 3 } });

    // 3. Mark delivered with the worker stopped: the message wakes it, the item goes, once.
    await stopWorker();
    await handoff.bringToFront();
    await pressMarkDelivered(handoff);
    await handoff.waitForSelector('main[data-state="delivered"]');
    const delivered = { items: [], kinds: { 'secret-captured': 1, 'ocid-attached': 1, 'item-opened': 3, 'handoff-delivered': 1 } };
    expect(await state(handoff, itemId)).toEqual(delivered);

    // The stale tab, with the worker stopped again, cannot deliver it a second time: it says why.
    await stopWorker();
    await stale.bringToFront();
    await pressMarkDelivered(stale);
    expect(await textOf(stale, 'section[aria-labelledby="delivered-title"] [role="alert"]')).toContain('no longer in the vault');
    expect(await state(stale, itemId)).toEqual(delivered);
    await Promise.all([stale.close(), handoff.close(), consolePage.close()]);
  }, 120_000);
});
