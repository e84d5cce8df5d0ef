import { describe, expect, it } from 'vitest';
import { findSecretIn } from '../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  clickGenerate,
  consoleUrl,
  fillPanel,
  openConsole,
  openCredentialsList,
  openGeneratePanel,
  readSecretFromDialog,
  serviceFrame,
  waitForOcg,
  useBrowser,
  extensionStorage,
  vaultItemIds,
} from './harness';

// Capture of the one-time secret into the encrypted vault, in real Chromium on the replica.

const browser = useBrowser();

const DRAFT = {
  name: 'orders-oic-rest',
  description: 'Orders integration calls OIC REST',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
};

const dumpExtensionStorage = () => extensionStorage(browser().worker!);

describe('capture into the handoff vault', () => {
  it('seals the secret on a trusted click, stores only ciphertext, and ignores page-script clicks', async () => {
    const page = await openConsole(browser().browser, consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials));
    await openCredentialsList(page);
    await openGeneratePanel(page);
    await fillPanel(page, DRAFT);
    await clickGenerate(page);
    const secret = await readSecretFromDialog(page);
    await waitForOcg(page, 'ocg-capture', { state: 'idle' });
    const frame = await serviceFrame(page);

    // A click dispatched by the page's own script is not a user's click: nothing is captured.
    await frame.evaluate(() => {
      const button = document.querySelector('ocg-capture')!.shadowRoot!.querySelector('button')!;
      button.click();
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(vaultItemIds(await dumpExtensionStorage())).toEqual([]);

    const button = await frame.waitForSelector('ocg-capture >>> button');
    await button!.click();
    await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });

    const dump = await dumpExtensionStorage();
    expect(vaultItemIds(dump)).toHaveLength(1);
    expect(JSON.stringify(dump.local)).toContain('-----BEGIN AGE ENCRYPTED FILE-----');
    expect(JSON.stringify(dump.local)).toContain(DRAFT.name);
    expect(findSecretIn(dump, secret)).toEqual([]);

    // Capturing the same dialog again makes no second item.
    await button!.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(vaultItemIds(await dumpExtensionStorage())).toHaveLength(1);
    await page.close();
  });
});
