import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { SECRET_CLIPBOARD_MS } from '../../components/shared/clipboard';
import { EXAMPLE_SECRET } from '../unit/handoff/fixtures';
import { SECRET_CLIPBOARD_STATUS, openExampleTokenKit, secretClipboardState } from './handoff-pages';
import { useBrowser } from './harness';

// A secret copied in Chromium is emptied from the clipboard 30 s later. Chromium lets only the
// focused page write: a clear that comes due while the user is in another tab is refused, and the
// page tries again when it gets the focus back. One wait covers both: the secret is copied in tab
// B, then in tab A, which stays in front; when the 30 s are up A empties the clipboard and B waits
// for the focus; the user copies something else, comes back to B, and B's retry empties it again.
// The clipboard is read with navigator.clipboard.readText in the tab in front (Chromium reads, like
// it writes, only from the focused page); granting clipboard-read leaves that focus rule in place.

const browser = useBrowser();
// Past the delay, with room for a busy machine (a background tab's timers may run late).
const AFTER_THE_DELAY_MS = SECRET_CLIPBOARD_MS + 15_000;

/** What the clipboard holds, read from `page` (in front). */
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Brings `page` to the front and presses its Copy secret button; the status then says pending. */
async function copySecret(page: Page): Promise<void> {
  await page.bringToFront();
  await page.locator('[data-token-kit] ::-p-aria(Copy secret)').click();
  await page.waitForSelector(`${SECRET_CLIPBOARD_STATUS}[data-clipboard="pending"]`);
}

const stateReached = (page: Page, state: string, timeout: number) =>
  page.waitForSelector(`${SECRET_CLIPBOARD_STATUS}[data-clipboard="${state}"]`, { timeout });

describe('the clipboard in Chromium', () => {
  it(
    'is emptied 30 s after a copy by the tab in front, and by a tab in the background once it gets the focus back',
    async () => {
      const { browser: chromium, extensionId } = browser();
      await chromium.defaultBrowserContext().overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
      const tabB = await openExampleTokenKit(browser());
      const tabA = await openExampleTokenKit(browser());
      await copySecret(tabB);
      await copySecret(tabA);
      const copiedInA = Date.now();
      expect(await clipboardText(tabA)).toBe(EXAMPLE_SECRET);

      // B's timer came due first, in the background: refused, it waits for the focus. A, in front, empties the clipboard.
      await stateReached(tabA, 'cleared', AFTER_THE_DELAY_MS);
      expect(Date.now() - copiedInA).toBeGreaterThanOrEqual(SECRET_CLIPBOARD_MS);
      await stateReached(tabB, 'waiting-for-focus', 5_000);
      expect(await clipboardText(tabA)).toBe('');

      // The user copies something else, then comes back to B: B's retry overwrites it.
      await tabA.evaluate(() => navigator.clipboard.writeText('an unrelated note'));
      expect(await clipboardText(tabA)).toBe('an unrelated note');
      await tabB.bringToFront();
      await stateReached(tabB, 'cleared', 5_000);
      expect({ a: await secretClipboardState(tabA), clipboard: await clipboardText(tabB) }).toEqual({ a: 'cleared', clipboard: '' });
      await tabA.close();
      await tabB.close();
    },
    SECRET_CLIPBOARD_MS + 60_000,
  );
});
