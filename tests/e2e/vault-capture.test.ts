import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it, vi } from 'vitest';
import type { PageResponses } from '../../utils/messages/page-requests';
import { findSecretIn } from '../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  generateCredential,
  badgeText,
  closeDialog,
  collectConsole,
  consoleUrl,
  extensionIndexedDb,
  extensionStorage,
  extensionWorker,
  openConsole,
  openExtensionPage,
  replicaRecords,
  serviceFrame,
  stopServiceWorker,
  useBrowser,
  waitForOcg,
  type LoggedMessage,
} from './harness';

// The handoff vault in real Chromium on the replica: capture, the popup, the OCID picked up after
// the dialog closes, what is stored and logged, a stopped service worker, several tabs, deletion.

// Only the handoff page may open an item (the background checks the sender's URL, which Chromium
// takes from where the page was loaded: history.replaceState does not change it).
const launched = useBrowser();
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const PAIRS = [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }];

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };

/** Every console message of the extension's worker(s) and of the pages this file opened. */
const logs: LoggedMessage[][] = [];
const watchConsole = (source: Parameters<typeof collectConsole>[0]) => logs.push(collectConsole(source));

const itemKeys = (local: Record<string, unknown>) => Object.keys(local).filter((key) => key.startsWith('vault.item.'));

/** Walks to Grace Hopper's credentials, generates `name` and waits for <ocg-capture>; returns the page and the secret. */
async function generate(browser: Browser, name: string): Promise<{ page: Page; secret: string }> {
  const page = await openConsole(browser, consoleUrl(HOST, REPLICA_PATHS.users), { replicaQuery: { ocgDelay: 50 } });
  watchConsole(page);
  const secret = await generateCredential(page, { name, description: `${name} for the nightly sync`, pairs: PAIRS }, { user: 'Grace Hopper' });
  await waitForOcg(page, 'ocg-capture', { state: 'idle' });
  return { page, secret };
}

/** A user's click on "Capture into handoff vault" (the tab comes to the front first, as for a user). */
async function pressCapture(page: Page): Promise<void> {
  await page.bringToFront();
  const button = await (await serviceFrame(page)).waitForSelector('ocg-capture >>> button');
  await button!.click();
}

async function clickCapture(page: Page): Promise<void> {
  await pressCapture(page);
  await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
}

/** Sends a page message from an extension page, as the popup or the handoff page would. */
async function ask<K extends keyof PageResponses>(page: Page, message: { type: K; [field: string]: unknown }) {
  return page.evaluate((request) => chrome.runtime.sendMessage(request), message) as Promise<
    { ok: true; value: PageResponses[K] } | { ok: false; error: string }
  >;
}

async function listed(page: Page): Promise<PageResponses['vault/list']['items']> {
  const reply = await ask(page, { type: 'vault/list' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.items;
}

describe('the handoff vault', () => {
  it('captures, lists in the popup, attaches the OCID after the dialog closes, survives a stopped worker, and stores and logs no secret', async () => {
    const { browser, extensionId } = launched();
    watchConsole(await extensionWorker(browser, extensionId!));
    const { page, secret } = await generate(browser, 'orders-oic-rest');
    const frame = await serviceFrame(page);

    // A click dispatched by the page's own script is not the user's: nothing is captured.
    await frame.evaluate(() => document.querySelector('ocg-capture')!.shadowRoot!.querySelector('button')!.click());
    await waitForOcg(page, 'ocg-capture', { state: 'error' });
    let worker = await extensionWorker(browser, extensionId!);
    expect(itemKeys((await extensionStorage(worker)).local)).toEqual([]);

    await clickCapture(page);
    const popup = await openExtensionPage(browser, extensionId!, 'popup.html');
    watchConsole(popup);
    const row = await popup.waitForSelector('li ::-p-text(orders-oic-rest)');
    const text = await row!.evaluate((heading) => heading.closest('li')!.textContent);
    expect(text).toContain('Grace Hopper');
    expect(text).toContain('oc2 · us-langley-1');
    expect(text).toMatch(/23 h 5\d min left/);
    expect(text).toContain('not seen yet');
    // The badge is settled just after the vault replies.
    await vi.waitFor(async () => expect(await badgeText(worker)).toBe('1'));
    const [item] = await listed(popup);
    expect(item).toMatchObject({ state: 'sealed', context: { credentialName: 'orders-oic-rest', realm: 'oc2', targetUser: 'Grace Hopper', pairs: PAIRS } });

    // Capturing the same dialog again (the button re-enabled) makes no second item.
    await (await frame.waitForSelector('ocg-capture >>> button'))!.evaluate((button) => ((button as HTMLButtonElement).disabled = false));
    await pressCapture(page);
    await waitForOcg(page, 'ocg-capture', { state: 'captured', message: 'Already in the handoff vault.' });
    expect(itemKeys((await extensionStorage(worker)).local)).toHaveLength(1);

    // Chrome stops an idle worker; the vault's identity lives on in storage.session.
    await stopServiceWorker(browser, worker);
    await closeDialog(page);
    // The content script reports the new row; its message wakes the worker, which attaches the OCID.
    worker = await extensionWorker(browser, extensionId!);
    watchConsole(worker);
    const [record] = await replicaRecords(page);
    expect(record?.secret).toBe(secret);
    await popup.waitForFunction((ocid) => document.body.textContent?.includes(ocid), { polling: 50, timeout: 10_000 }, record!.ocid);
    expect((await listed(popup))[0]?.ocid).toBe(record!.ocid);

    expect(await ask(popup, { type: 'vault/open-item', itemId: item!.id })).toEqual({
      ok: false,
      error: 'Refused "vault/open-item" from popup.html: only handoff.html may ask for it.',
    });
    // Moving the popup to the handoff page's URL does not make it the handoff page.
    await popup.evaluate((id) => history.replaceState(null, '', `/handoff.html?item=${id}`), item!.id);
    expect(await ask(popup, { type: 'vault/open-item', itemId: item!.id })).toMatchObject({ ok: false });
    const handoff = await browser.newPage();
    watchConsole(handoff);
    await handoff.goto(`chrome-extension://${extensionId}/handoff.html?item=${item!.id}`);
    const opened = await ask(handoff, { type: 'vault/open-item', itemId: item!.id });
    expect(opened).toMatchObject({ ok: true, value: { secret, item: { id: item!.id, ocid: record!.ocid } } });

    // Nowhere in storage, IndexedDB or any console message: not as text, UTF-8/16, base64, hex or URL-encoded.
    const stored = await extensionStorage(worker);
    expect(JSON.stringify(stored.local)).toContain('-----BEGIN AGE ENCRYPTED FILE-----');
    expect(findSecretIn(stored, secret)).toEqual([]);
    expect(findSecretIn(await extensionIndexedDb(popup), secret)).toEqual([]);
    // Each collector hears its source (a marker logged in each), so an empty scan means nothing was logged.
    const sources = [worker, page, popup, handoff];
    await Promise.all(sources.map((source) => source.evaluate(() => console.log('ocg-e2e-marker'))));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(logs.flat().filter((message) => message.text === 'ocg-e2e-marker')).toHaveLength(sources.length);
    expect(findSecretIn(logs, secret)).toEqual([]);
    await Promise.all([page, popup, handoff].map((opened) => opened.close()));
  });

  it('keeps one item per tab when two tabs capture at the same time', async () => {
    const { browser, extensionId } = launched();
    const worker = await extensionWorker(browser, extensionId!);
    const before = itemKeys((await extensionStorage(worker)).local).length;
    // Puppeteer drives one tab at a time (input waits for a background tab); the captures then overlap.
    const tabs = [await generate(browser, 'tab-one'), await generate(browser, 'tab-two')];
    for (const { page } of tabs) await pressCapture(page);
    await Promise.all(tabs.map(({ page }) => waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 })));

    const popup = await openExtensionPage(browser, extensionId!, 'popup.html');
    const names = (await listed(popup)).map((item) => item.context.credentialName);
    expect(names).toEqual(expect.arrayContaining(['tab-one', 'tab-two']));
    expect(names).toHaveLength(before + 2);
    // The badge is settled just after the vault replies.
    await vi.waitFor(async () => expect(await badgeText(worker)).toBe(String(before + 2)));
    await Promise.all([...tabs.map(({ page }) => page.close()), popup.close()]);
  });

  it('deletes an item from the popup only after confirmation', async () => {
    const { browser, extensionId } = launched();
    const { page } = await generate(browser, 'to-delete');
    await clickCapture(page);
    const worker = await extensionWorker(browser, extensionId!);
    const popup = await openExtensionPage(browser, extensionId!, 'popup.html');
    const count = (await listed(popup)).length;
    const target = (await listed(popup)).find((item) => item.context.credentialName === 'to-delete')!;

    const deleteIn = `li[aria-labelledby="item-${target.id}"]`;
    await (await popup.waitForSelector(`${deleteIn} ::-p-text(Delete)`))!.click();
    const keep = await popup.waitForSelector(`${deleteIn} ::-p-text(Keep)`);
    expect(itemKeys((await extensionStorage(worker)).local)).toContain(`vault.item.${target.id}`);
    await keep!.click();
    await (await popup.waitForSelector(`${deleteIn} ::-p-text(Delete)`))!.click();
    // The confirming button has the focus: Enter deletes.
    await popup.waitForFunction(() => document.activeElement?.textContent === 'Delete secret');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction((selector) => !document.querySelector(selector), { polling: 50 }, deleteIn);

    expect(itemKeys((await extensionStorage(worker)).local)).not.toContain(`vault.item.${target.id}`);
    expect(await listed(popup)).toHaveLength(count - 1);
    // The badge is settled just after the vault replies.
    await vi.waitFor(async () => expect(await badgeText(worker)).toBe(count - 1 > 0 ? String(count - 1) : ''));
    await Promise.all([page.close(), popup.close()]);
  });
});
