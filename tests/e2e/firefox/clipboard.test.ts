import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { SECRET_CLIPBOARD_MS } from '../../../components/shared/clipboard';
import { encryptPackage } from '../../../utils/handoff/age';
import { generateRecipientKeyPair } from '../../../utils/handoff/age-keys';
import { buildHandoffDocument, serializeHandoffDocument } from '../../../utils/handoff/package';
import { EXAMPLE_SECRET, exampleInput } from '../../unit/handoff/fixtures';
import { fillField, openPackage } from '../handoff-pages';
import { openExtensionPage, useBrowser } from '../harness';

// A secret copied in Firefox is emptied from the clipboard by the page's own timer, while the user
// is away: Firefox allows that write without a recent user action only under the clipboardWrite
// permission (without it the page would wait for the user's next press on it). Nothing touches the
// extension page between the copy and the check: puppeteer's BiDi evaluate runs with a user
// activation, so even a poll there could let a refused write through. The clipboard is read by
// pasting (Ctrl+V) into a textarea of another tab, where the user would paste the secret.

const browser = useBrowser({ browser: 'firefox' });
// Past the delay, with room for a busy machine (a background tab's timers may run late).
const AFTER_THE_DELAY_MS = SECRET_CLIPBOARD_MS + 8_000;

/** What Ctrl+V pastes into an empty textarea of `scratch`, the tab brought to the front. */
async function pasted(scratch: Page): Promise<string> {
  await scratch.bringToFront();
  await scratch.$eval('textarea', (area) => {
    area.value = '';
    area.focus();
  });
  await scratch.keyboard.down('Control');
  await scratch.keyboard.press('v');
  await scratch.keyboard.up('Control');
  return scratch.$eval('textarea', (area) => area.value);
}

describe('the clipboard in Firefox', () => {
  it(
    'holds a copied secret until the timer empties it, with no user action on the page in between',
    async () => {
      const keys = await generateRecipientKeyPair();
      const armored = (await encryptPackage(serializeHandoffDocument(buildHandoffDocument(exampleInput())), { recipients: [keys.recipient] })).armored;
      const page = await openExtensionPage(browser().browser, browser().extensionId!, 'open-package.html');
      await fillField(page, '#package-text', armored);
      await fillField(page, '#identity-text', keys.identityFile);
      expect(await openPackage(page)).toEqual({ opened: true });

      const copy = await page.waitForSelector('[data-token-kit] ::-p-aria(Copy secret)');
      await copy!.click();
      const clearState = () => page.$eval('[aria-label="Copy secret"] + [role="status"]', (status) => status.getAttribute('data-clipboard'));
      expect(await clearState()).toBe('pending');

      // The user pastes it elsewhere and walks away: the extension page stays in the background, untouched.
      const scratch = await browser().browser.newPage();
      await scratch.setContent('<textarea aria-label="Paste here"></textarea>');
      expect(await pasted(scratch)).toBe(EXAMPLE_SECRET);
      await new Promise((resolve) => setTimeout(resolve, AFTER_THE_DELAY_MS));

      expect({ state: await clearState(), clipboard: await pasted(scratch) }).toEqual({ state: 'cleared', clipboard: '' });
      await scratch.close();
      await page.close();
    },
    SECRET_CLIPBOARD_MS + 60_000,
  );
});
