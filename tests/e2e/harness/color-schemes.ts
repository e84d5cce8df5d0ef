import type { Page } from 'puppeteer-core';
import { browserKind } from './browser-kind.mjs';
import { openFirefoxPrefs } from './firefox-prefs';

// Checks that must hold in both colour schemes the extension supports: the user's preference
// (prefers-color-scheme) is set to light, then dark, and left in light. Chromium emulates it for the
// page (CDP); Firefox has no such emulation over BiDi, so the browser-wide pref that tells web
// content the user's scheme is set at run time instead (firefox-prefs.ts).

export type ColorScheme = 'light' | 'dark';

const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** Firefox: what web content is told the user prefers: 0 dark, 1 light (2, the default, follows the browser theme). */
const CONTENT_OVERRIDE = 'layout.css.prefers-color-scheme.content-override';
const FIREFOX_OVERRIDE = { dark: 0, light: 1 } as const;

/** Sets the user's preferred scheme for `page`; `close` ends what setting it needed (not the scheme). */
async function schemeSetter(page: Page): Promise<{ prefer(scheme: ColorScheme): Promise<void>; close(): Promise<void> }> {
  if (browserKind(page.browser()) === 'chromium') {
    return { prefer: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]), close: async () => undefined };
  }
  const prefs = await openFirefoxPrefs(page.browser());
  // A tab in the background gets no animation frames: the checked page goes back to the front.
  await page.bringToFront();
  return { prefer: (scheme) => prefs.setInt(CONTENT_OVERRIDE, FIREFOX_OVERRIDE[scheme]), close: () => prefs.close() };
}

/** Until every frame of `page` matches the scheme (Firefox tells its content processes asynchronously). */
async function waitForScheme(page: Page, scheme: ColorScheme): Promise<void> {
  const query = `(prefers-color-scheme: ${scheme})`;
  await Promise.all(page.frames().map((frame) => frame.waitForFunction((media) => matchMedia(media).matches, { polling: 50, timeout: 10_000 }, query)));
}

/** Runs `check` in light then dark (every frame of the page then matches it); returns its findings, each prefixed with the scheme. */
export async function inColorSchemes(page: Page, check: (scheme: ColorScheme) => Promise<string[]>): Promise<string[]> {
  const setter = await schemeSetter(page);
  try {
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      await setter.prefer(scheme);
      await waitForScheme(page, scheme);
      found.push(...(await check(scheme)).map((finding) => `${scheme} ${finding}`));
    }
    return found;
  } finally {
    // In Firefox the pref is browser-wide: the file's later tests must not start in dark.
    await setter.prefer('light').finally(() => setter.close());
  }
}
