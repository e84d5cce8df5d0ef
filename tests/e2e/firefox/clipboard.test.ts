import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { SECRET_CLIPBOARD_MS } from '../../../components/shared/clipboard';
import { EXAMPLE_SECRET } from '../../unit/handoff/fixtures';
import { openExampleTokenKit, secretClipboardState } from '../handoff-pages';
import { useBrowser } from '../harness';

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
      const page = await openExampleTokenKit(browser());
      const copy = await page.waitForSelector('[data-token-kit] ::-p-aria(Copy secret)');
      await copy!.click();
      expect(await secretClipboardState(page)).toBe('pending');

      // The user pastes it elsewhere and walks away: the extension page stays in the background, untouched.
      const scratch = await browser().browser.newPage();
      await scratch.setContent('<textarea aria-label="Paste here"></textarea>');
      expect(await pasted(scratch)).toBe(EXAMPLE_SECRET);
      await new Promise((resolve) => setTimeout(resolve, AFTER_THE_DELAY_MS));

      expect({ state: await secretClipboardState(page), clipboard: await pasted(scratch) }).toEqual({ state: 'cleared', clipboard: '' });
      await scratch.close();
      await page.close();
    },
    SECRET_CLIPBOARD_MS + 60_000,
  );
});
