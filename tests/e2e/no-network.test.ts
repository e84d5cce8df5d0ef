import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPLICA_PATHS,
  applyPreset,
  captureSecret,
  clickGenerate,
  consoleUrl,
  openConsole,
  openExtensionPage,
  openPanelWithAssistant,
  replicaRecords,
  useBrowser,
  waitForOcg,
  watchExtensionRequests,
  type RequestWatch,
} from './harness';
import { fillField, makeKeyPackage, makePassphrasePackage, openFromPopup, openPackage, pressMarkDelivered, textOf } from './handoff-pages';

// "No network requests by the extension", checked where it could break: every DevTools target of
// the browser (the service worker, the extension's pages and workers, the Console pages where the
// content script runs) is watched through the whole flow. What counts is said in
// harness/extension-requests.ts. First the watch is shown to see a request from each kind of
// context, so that "none seen" means something.

const launched = useBrowser();
const HOST = 'console.us-langley-1.oraclegovcloud.com';
let watch: RequestWatch;

beforeAll(async () => {
  watch = await watchExtensionRequests(launched().browser, launched().extensionId!);
});
afterAll(() => watch.stop());

/** A network attempt that fails fast without a network and is harmless with one. */
const PROBE = 'https://ocg-probe.invalid/';

/**
 * Runs `expression` in the content script's isolated world of the page's main frame, as if it were
 * the extension's own script (its stack names a chrome-extension:// URL).
 */
async function inContentScript(page: Page, extensionId: string, expression: string): Promise<void> {
  const session = await page.createCDPSession();
  const contexts: { id: number; origin: string; frameId?: string }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) =>
    contexts.push({ id: context.id, origin: context.origin, frameId: (context.auxData as { frameId?: string } | undefined)?.frameId }),
  );
  await session.send('Runtime.enable');
  const world = contexts.find((context) => context.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('The content script has no isolated world in this page.');
  await session.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `${expression}\n//# sourceURL=chrome-extension://${extensionId}/probe.js`,
    awaitPromise: true,
  });
  await session.detach();
}

/**
 * Makes a request to `url` with `send` until the watch has seen it. Sent again each second: the
 * watch attaches to targets asynchronously, and on a loaded machine a target (the service worker)
 * may only be watched a moment after the test starts.
 */
async function seenTo(url: string, send: () => Promise<unknown>) {
  const deadline = Date.now() + 15_000;
  for (let sentAt = 0; ; ) {
    if (Date.now() - sentAt > 1_000) {
      sentAt = Date.now();
      await send();
    }
    const found = watch.seen().find((request) => request.url === url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No request to ${url} seen; seen: ${JSON.stringify(watch.seen())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the request watch', () => {
  it('sees a request from the service worker, an extension page and a content script, and not the page’s own', async () => {
    const { browser, extensionId, worker } = launched();
    const fromWorker = () => worker!.evaluate((url) => void fetch(url).catch(() => undefined), `${PROBE}worker`);
    expect(await seenTo(`${PROBE}worker`, fromWorker)).toMatchObject({ target: 'service_worker', why: 'extension context' });

    const popup = await openExtensionPage(browser, extensionId!, 'popup.html');
    const fromPopup = () => popup.evaluate((url) => void fetch(url).catch(() => undefined), `${PROBE}page`);
    expect(await seenTo(`${PROBE}page`, fromPopup)).toMatchObject({ target: 'page', why: 'extension context' });
    await popup.close();

    const page = await openConsole(browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50, ocgFrame: 'top' } });
    await waitForOcg(page, 'ocg-realm-banner');
    const origin = new URL(page.url()).origin;
    // The page's own request to its own origin does not count; the same request from the content
    // script's world does (its stack), and so does any request there to another origin.
    await page.evaluate((url) => fetch(url).catch(() => undefined), `${origin}/__replica/page-own`);
    const sameOrigin = () => inContentScript(page, extensionId!, `fetch('${origin}/__replica/content-script').catch(() => 0)`);
    expect(await seenTo(`${origin}/__replica/content-script`, sameOrigin)).toMatchObject({ target: 'page', why: 'initiated by the extension' });
    const otherOrigin = () => inContentScript(page, extensionId!, `fetch('${PROBE}content-script').catch(() => 0)`);
    expect(await seenTo(`${PROBE}content-script`, otherOrigin)).toMatchObject({ target: 'page' });
    expect(watch.seen().map((request) => request.url)).not.toContain(`${origin}/__replica/page-own`);
    await page.close();
  });
});

describe('the whole flow', () => {
  it('makes no request from any extension context: detect, preset, Generate, capture, handoff by passphrase and by key, open, delivered', async () => {
    const { browser, extensionId } = launched();
    watch.clear();

    // Detect and preset: the banner on the credentials list, the assistant fills the panel.
    const consolePage = await openPanelWithAssistant(browser, HOST);
    await waitForOcg(consolePage, 'ocg-realm-banner');
    await applyPreset(consolePage, 'oic-rest-api', { instance: 'myoic-abcdefgh1234-ia' });
    await clickGenerate(consolePage);
    await captureSecret(consolePage);

    // Handoff: a passphrase package (scrypt in the page's worker), then one to a recipient's key.
    const [record] = await replicaRecords(consolePage);
    const handoff = await openFromPopup(launched(), 'Open handoff', 'handoff.html');
    // The dialog is still open, so the Console has not listed the OCID yet: the page takes it.
    await fillField(handoff, '#ocid-entry', record!.ocid);
    await handoff.locator('::-p-aria(Attach OCID)').click();
    await handoff.waitForSelector('[data-ocid]');
    const byPassphrase = await makePassphrasePackage(handoff);

    const request = await openExtensionPage(browser, extensionId!, 'request-credential.html');
    await request.locator('::-p-aria(Generate a key pair)').click();
    const recipient = await textOf(request, '[data-public-key]');
    await request.locator('::-p-text(Also keep it in this browser session)').click();
    await request.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked === true);
    await request.close();
    await handoff.bringToFront();
    const byKey = await makeKeyPackage(handoff, recipient);

    // The recipient opens both.
    const open = await openExtensionPage(browser, extensionId!, 'open-package.html');
    await fillField(open, '#package-text', byKey);
    await open.waitForSelector('::-p-text(The identity kept in this browser session)');
    expect(await openPackage(open)).toEqual({ opened: true });
    await open.locator('::-p-aria(Close the credential)').click();
    await fillField(open, '#package-text', byPassphrase.armored);
    await fillField(open, '#passphrase', byPassphrase.passphrase);
    expect(await openPackage(open)).toEqual({ opened: true });
    await open.close();

    await handoff.bringToFront();
    await pressMarkDelivered(handoff);
    await handoff.waitForSelector('main[data-state="delivered"]');
    await handoff.close();
    await consolePage.close();

    expect(watch.seen()).toEqual([]);
    // …and the watch covered the contexts that started on their own: the worker, the handoff tab the
    // popup opened, the package worker that ran scrypt and age (the Console and the pages this test
    // opened were watched from their blank start).
    const origin = `chrome-extension://${extensionId}`;
    expect(watch.watched()).toEqual(
      expect.arrayContaining([
        `service_worker ${origin}/background.js`,
        expect.stringMatching(new RegExp(`^page ${origin}/handoff\\.html\\?item=`)),
        expect.stringMatching(new RegExp(`^worker ${origin}/assets/package\\.worker-.+\\.js$`)),
      ]),
    );
  }, 120_000);
});
