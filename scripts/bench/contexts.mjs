import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/harness/chromium.mjs';
import { EXTENSION_DIR } from '../../tests/e2e/harness/paths.mjs';

// With and without the extension in ONE Chromium: the default browser context has the extension;
// a second, isolated context (like a private window, where an unpacked extension does not run)
// has not. Runs alternate between the two in ABBA order, so that whatever else the machine is doing
// (a build, another test) falls on both sides alike instead of on one.

/** Chromium with the build installed and the two contexts to compare. */
export async function openBenchBrowser() {
  const launched = await launchBrowser({ extension: true });
  try {
    const without = await launched.browser.createBrowserContext();
    const { name } = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const extensionOrigin = `chrome-extension://${launched.extensionId}/`;
    return {
      browser: launched.browser,
      extensionOrigin,
      /** How its code shows in a trace (long-tasks.mjs). */
      extensionCode: { origin: extensionOrigin, worldName: name },
      contexts: { with: launched.browser.defaultBrowserContext(), without },
      close: launched.close,
    };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

/** The order of 2 × `pairs` runs: with, without, without, with, with, without, … */
export function abbaOrder(pairs) {
  return Array.from({ length: pairs }, (_, index) => (index % 2 === 0 ? ['with', 'without'] : ['without', 'with'])).flat();
}

/**
 * Runs `measure(variant)` once per variant to warm up (first runs pay for cold caches and code
 * compilation; discarded), then in ABBA order. Returns each variant's samples in run order.
 */
export async function alternate(pairs, measure) {
  for (const variant of ['with', 'without']) await measure(variant);
  const samples = { with: [], without: [] };
  for (const variant of abbaOrder(pairs)) samples[variant].push(await measure(variant));
  return samples;
}
