import { describe, expect, it } from 'vitest';
import { openSealed } from '../../../utils/vault/seal';
import { IDENTITY_KEY, ITEM_KEY_PREFIX } from '../../../utils/vault/storage-keys';
import { findSecretIn } from '../../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  generateCredential,
  consoleUrl,
  openConsole,
  openExtensionPage,
  readExtensionStorage,
  serviceFrame,
  waitForOcg,
  type ExtensionStorage,
  type LaunchedBrowser,
} from '../harness';

// Capture of the one-time secret into the encrypted vault, on the replica, in whichever browser the
// spec file launched (tests/e2e/capture.test.ts, tests/e2e/firefox/capture.test.ts).

const DRAFT = {
  name: 'orders-oic-rest',
  description: 'Orders integration calls OIC REST',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
};

const items = (dump: ExtensionStorage) => Object.entries(dump.local).filter(([key]) => key.startsWith(ITEM_KEY_PREFIX));

export function captureTests(browser: () => LaunchedBrowser): void {
  describe('capture into the handoff vault', () => {
    it('seals the secret on a trusted click, stores only ciphertext that opens to it, ignores page-script clicks, and the popup lists it', async () => {
      const page = await openConsole(browser().browser, consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials));
      const secret = await generateCredential(page, DRAFT);
      await waitForOcg(page, 'ocg-capture', { state: 'idle' });
      const frame = await serviceFrame(page);

      // A click dispatched by the page's own script is not a user's click: nothing is captured.
      await frame.evaluate(() => {
        const button = document.querySelector('ocg-capture')!.shadowRoot!.querySelector('button')!;
        button.click();
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(items(await readExtensionStorage(browser()))).toEqual([]);

      const button = await frame.waitForSelector('ocg-capture >>> button');
      await button!.click();
      await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });

      const dump = await readExtensionStorage(browser());
      expect(items(dump)).toHaveLength(1);
      expect(JSON.stringify(dump.local)).toContain(DRAFT.name);
      expect(findSecretIn(dump, secret)).toEqual([]);
      // What was stored is the secret, sealed to this session's vault identity: it opens to it.
      const [[, item]] = items(dump) as [[string, { sealed: string }]];
      const { identity } = dump.session[IDENTITY_KEY] as { identity: string };
      expect(item.sealed).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
      expect(await openSealed(identity, item.sealed)).toBe(secret);

      // Capturing the same dialog again makes no second item.
      await button!.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(items(await readExtensionStorage(browser()))).toHaveLength(1);
      await page.close();

      const popup = await openExtensionPage(browser().browser, browser().extensionId!, 'popup.html');
      // Waits for the list to be drawn (an empty array would end the wait at once).
      const listed = await popup.waitForFunction(
        () => {
          const names = Array.from(document.querySelectorAll('[aria-label="Items awaiting handoff"] h2'), (heading) => heading.textContent);
          return names.length > 0 ? names : null;
        },
        { polling: 50, timeout: 5_000 },
      );
      expect(await listed.jsonValue()).toEqual([DRAFT.name]);
      await popup.close();
    });
  });
}
