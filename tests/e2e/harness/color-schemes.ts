import type { Page } from 'puppeteer-core';

// Checks that must hold in both colour schemes the extension supports: the page is emulated in
// light, then dark (prefers-color-scheme), and left in light.

/** Runs `check` in light then dark; returns its findings, each prefixed with the scheme. */
export async function inColorSchemes(page: Page, check: () => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    found.push(...(await check()).map((finding) => `${scheme} ${finding}`));
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  return found;
}
