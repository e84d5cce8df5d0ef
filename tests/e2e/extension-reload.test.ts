import type { Target, WebWorker } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  REPLICA_PATHS,
  generateCredential,
  collectConsole,
  consoleUrl,
  countOcg,
  extensionStorage,
  openConsole,
  readSecretFromDialog,
  serviceFrame,
  useBrowser,
  vaultItemKeys,
  waitForOcg,
  EXTENSION_DIR,
} from './harness';

// The extension reloaded (an update, or the user in chrome://extensions) while the Console's secret
// dialog is open: the old content script loses its extension and must go quiet, taking its UI away
// without an error; a Console page opened after the reload gets a content script that works.

const browser = useBrowser();

const URL_OC2 = consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials);
const DRAFT = {
  name: 'orders-oic-rest',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' }],
};

async function toSecretDialog(url: string) {
  const page = await openConsole(browser().browser, url, { replicaQuery: { ocgDelay: 50 } });
  await generateCredential(page, DRAFT);
  return page;
}

describe('the extension reloaded while the secret dialog is open', () => {
  it('leaves the old page quiet, without errors, and works on the next page', async () => {
    const { browser: chromium, extensionId } = browser();
    const before = await toSecretDialog(URL_OC2);
    const logged = collectConsole(before);
    await waitForOcg(before, 'ocg-capture', { state: 'idle' });
    await waitForOcg(before, 'ocg-realm-banner', { realm: 'oc2' });

    const isOurWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`);
    const oldTarget = chromium.targets().find(isOurWorker);
    // Loading the same unpacked folder again is Chrome's reload of an unpacked extension.
    expect(await chromium.installExtension(EXTENSION_DIR)).toBe(extensionId);
    const newTarget = await chromium.waitForTarget((target) => isOurWorker(target) && target !== oldTarget, { timeout: 15_000 });
    const newWorker = (await newTarget.worker()) as WebWorker;

    // The old content script notices within its check interval and takes its UI away.
    await before.waitForFunction(
      () => [document, ...Array.from(document.querySelectorAll('iframe'), (frame) => frame.contentDocument)].every(
        (doc) => !Array.from(doc?.querySelectorAll('*') ?? []).some((el) => el.localName.startsWith('ocg-')),
      ),
      { timeout: 10_000, polling: 100 },
    );
    // The Console itself is untouched: its dialog still shows the secret.
    expect(await readSecretFromDialog(before)).toMatch(/^.{20}$/);
    // Still quiet when the Console changes afterwards.
    await (await serviceFrame(before)).evaluate(() => document.body.append(document.createElement('div')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await countOcg(before)).toBe(0);
    expect(logged.filter((message) => message.type === 'error' || message.type === 'pageerror')).toEqual([]);

    const after = await toSecretDialog(URL_OC2);
    const button = await (await serviceFrame(after)).waitForSelector('ocg-capture >>> button');
    await button!.click();
    await waitForOcg(after, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
    expect(vaultItemKeys(await extensionStorage(newWorker))).toHaveLength(1);
    await before.close();
    await after.close();
  });
});
